namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>An upload the academy holds some blocks of; the page resumes one whose name, length and first block match the file picked.</summary>
public sealed record UnfinishedUpload(
    Guid UploadId, string FileName, long Length, int BlockSize, Guid? MaterialId, string? FirstBlockSha256, IReadOnlyList<int> ReceivedBlocks, DateTime ExpiresAt);
