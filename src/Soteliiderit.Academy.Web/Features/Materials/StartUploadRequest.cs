namespace Soteliiderit.Academy.Web.Features.Materials;

public sealed record StartUploadRequest(string? FileName, long Length, Guid? MaterialId = null);
