namespace Soteliiderit.Academy.Web.Features.Materials;

public sealed record UploadStarted(Guid UploadId, int BlockSize, int BlockCount, DateTime ExpiresAt);
