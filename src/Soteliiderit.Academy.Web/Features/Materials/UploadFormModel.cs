using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>
/// What the _UploadForm partial needs: the material a new version is for (none for a new material, which asks
/// for titles), the size limit it states and the caller's unfinished uploads it offers to continue. The empty
/// details are what its fields bind to.
/// </summary>
public sealed record UploadFormModel(Guid? MaterialId, string SubmitText, int MaxMegabytes, IReadOnlyList<UnfinishedUpload> Unfinished)
{
    public bool WithDetails => MaterialId is null;

    public LocalizedInput Title { get; } = new();

    public LocalizedInput Description { get; } = new();

    public List<CourseThemes> Themes { get; } = [];

    /// <summary>How much of an unfinished upload the academy holds, in whole percent.</summary>
    public static int PercentHeld(UnfinishedUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var blocks = new UploadBlocks(upload.Length, upload.BlockSize);
        var held = upload.ReceivedBlocks.Sum(index => (long)blocks.SizeOf(index));
        return (int)(held * 100 / upload.Length);
    }
}
