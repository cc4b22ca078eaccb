using Soteliiderit.Academy.Data.Courses;

namespace Soteliiderit.Academy.Data.Materials;

/// <summary>
/// A piece of coaching material in the library: a guide, worksheet, slide deck or recording. Its bytes live
/// in the material store, one blob per <see cref="MaterialVersion"/>; uploading a new version keeps the old ones.
/// </summary>
public sealed class Material
{
    public Guid Id { get; set; }

    public MaterialStatus Status { get; set; }

    public string? TitleFi { get; set; }

    public string? TitleSv { get; set; }

    public string? TitleEn { get; set; }

    public string? DescriptionFi { get; set; }

    public string? DescriptionSv { get; set; }

    public string? DescriptionEn { get; set; }

    public CourseThemes Themes { get; set; }

    /// <summary>Number of the version supervisors get; versions count from 1.</summary>
    public int CurrentVersion { get; set; }

    /// <summary>The current version's content type, so the library can filter by kind without a join.</summary>
    public required string ContentType { get; set; }

    /// <summary>Titles, descriptions and file name in lower case, for a search that treats Ä and ä alike on both databases.</summary>
    public required string SearchText { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<MaterialVersion> Versions { get; } = [];
}

public enum MaterialStatus
{
    /// <summary>Seen by facilitators only.</summary>
    Draft = 1,

    /// <summary>In the library for every signed-in supervisor.</summary>
    Published = 2,
}

/// <summary>One uploaded file of a material. Never changes once stored.</summary>
public sealed class MaterialVersion
{
    public Guid MaterialId { get; set; }

    public int Number { get; set; }

    /// <summary>Where the bytes are in the store; chosen by the academy, never derived from the uploader's file name.</summary>
    public required string BlobName { get; set; }

    /// <summary>The uploader's file name, cleaned; shown and offered as the download name only.</summary>
    public required string FileName { get; set; }

    /// <summary>The type the content turned out to be, not what the browser claimed.</summary>
    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>SHA-256 of the bytes as received, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>A PDF's pages, counted at upload, so a webinar can show a PDF deck page by page; 1 for other files.</summary>
    public int Pages { get; set; } = 1;

    public Guid UploadedBy { get; set; }

    public DateTime UploadedAt { get; set; }
}
