namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>The kinds of file the academy accepts as coaching material, told apart by their content.</summary>
public enum MaterialKind
{
    Pdf,
    Document,
    Spreadsheet,
    Presentation,
    Image,
    Video,
    Audio,
}

/// <summary>What a detected file is: its kind, the content type it is served with, and its usual extensions.</summary>
public sealed record FileType(MaterialKind Kind, string ContentType, params string[] Extensions)
{
    public static readonly FileType Pdf = new(MaterialKind.Pdf, "application/pdf", ".pdf");
    public static readonly FileType Word = new(MaterialKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly FileType Excel = new(MaterialKind.Spreadsheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly FileType PowerPoint = new(MaterialKind.Presentation, "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx");
    public static readonly FileType Png = new(MaterialKind.Image, "image/png", ".png");
    public static readonly FileType Jpeg = new(MaterialKind.Image, "image/jpeg", ".jpg", ".jpeg");
    public static readonly FileType Mp4 = new(MaterialKind.Video, "video/mp4", ".mp4", ".m4v");
    public static readonly FileType Mp3 = new(MaterialKind.Audio, "audio/mpeg", ".mp3");

    public static readonly IReadOnlyList<FileType> All = [Pdf, Word, Excel, PowerPoint, Png, Jpeg, Mp4, Mp3];

    public string Extension => Extensions[0];

    /// <summary>Kinds a browser plays or shows safely in the page (media, pictures); everything else is only downloaded.</summary>
    public bool PlaysInline => Kind is MaterialKind.Video or MaterialKind.Audio or MaterialKind.Image;

    public static FileType? ByContentType(string? contentType) =>
        All.FirstOrDefault(type => string.Equals(type.ContentType, contentType, StringComparison.OrdinalIgnoreCase));
}
