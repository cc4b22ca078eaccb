namespace Soteliiderit.Academy.Data;

/// <summary>Lengths the database and the forms agree on.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int Title = 200;
    public const int Summary = 2000;
    public const int LessonBody = 20000;
    public const int Reflection = 4000;
    public const int Url = 500;
    public const int FileName = 255;
    public const int BlobName = 256;
    public const int ContentType = 100;
    public const int SearchText = 8000;

    /// <summary>A chat message or a question in a webinar.</summary>
    public const int WebinarText = 500;
}
