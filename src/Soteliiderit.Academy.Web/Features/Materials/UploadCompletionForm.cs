namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>For the OpenAPI document only: the form fields a completion takes (those of a single upload, without the file).</summary>
public sealed record UploadCompletionForm(string? Title, string? TitleFi, string? TitleSv, string? TitleEn, string? Description, string? Themes);
