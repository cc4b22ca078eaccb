using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>
/// What the _UploadForm partial needs: where it posts, whether it asks for titles, and the size limit it states.
/// The empty details are what its fields bind to.
/// </summary>
public sealed record UploadFormModel(string Action, bool WithDetails, string SubmitText, int MaxMegabytes)
{
    public LocalizedInput Title { get; } = new();

    public LocalizedInput Description { get; } = new();

    public List<CourseThemes> Themes { get; } = [];
}
