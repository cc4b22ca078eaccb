namespace Soteliiderit.Academy.Materials;

/// <summary>
/// Where the bytes of coaching material live: a folder on the server's disk, or an Azure Blob container.
/// Blob names are chosen by the academy (lower-case letters, digits, '-', '.', '/'), never by the uploader.
/// </summary>
public interface IMaterialStore
{
    /// <summary>"FileSystem" or "AzureBlob", for logs and the health check.</summary>
    string Kind { get; }

    /// <summary>
    /// Streams <paramref name="content"/> into a new blob and commits it only when the stream ends without
    /// throwing: if reading or storing fails half-way, nothing is left under <paramref name="blobName"/>.
    /// Memory stays flat whatever the size. Throws <see cref="MaterialStoreUnavailableException"/> when the
    /// store does not answer (after retrying transient failures).
    /// </summary>
    Task<StoredBlob> UploadAsync(string blobName, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps block <paramref name="index"/> of a file sent in parts (a resumable upload), replacing an earlier
    /// copy of the same block. Nothing shows under <paramref name="blobName"/> until <see cref="CommitBlocksAsync"/>.
    /// </summary>
    Task StageBlockAsync(string blobName, int index, ReadOnlyMemory<byte> block, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes blocks 0 to <paramref name="blockCount"/> - 1, in that order, the blob. Throws
    /// <see cref="MissingBlocksException"/> when the store no longer has one of them. The blocks stay until
    /// <see cref="DiscardBlocksAsync"/>, so a completion that fails after the commit can commit them again.
    /// </summary>
    Task CommitBlocksAsync(string blobName, int blockCount, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Forgets the staged blocks of an upload that will never be committed, or was committed for good.</summary>
    Task DiscardBlocksAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>The blob's bytes, all of them or one range; null when there is no such blob.</summary>
    Task<BlobDownload?> OpenReadAsync(string blobName, BlobRange? range = null, CancellationToken cancellationToken = default);

    /// <summary>Null when there is no such blob.</summary>
    Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>False when there was no such blob.</summary>
    Task<bool> DeleteAsync(string blobName, CancellationToken cancellationToken = default);

    IAsyncEnumerable<BlobProperties> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// A short-lived, read-only address of one blob that a browser can fetch straight from the store, or null
    /// when the store has no such addresses (the academy then streams the bytes itself).
    /// </summary>
    Uri? CreateReadLink(string blobName, ReadLink link);

    /// <summary>Answers when the store is reachable and writable; throws <see cref="MaterialStoreUnavailableException"/> otherwise.</summary>
    Task CheckAsync(CancellationToken cancellationToken = default);
}

public sealed record StoredBlob(string Name, long Length);

public sealed record BlobProperties(string Name, long Length, string? ContentType, DateTimeOffset LastModified);

/// <summary>Bytes <see cref="Offset"/> to <see cref="Offset"/> + <see cref="Length"/> - 1 of a blob.</summary>
public readonly record struct BlobRange(long Offset, long Length);

/// <summary>What a read link lets the browser do: read for <see cref="Lifetime"/>, saving under this name and type.</summary>
public sealed record ReadLink(TimeSpan Lifetime, string ContentType, string ContentDisposition);

/// <summary>An open read of a blob. <see cref="Content"/> yields exactly <see cref="Length"/> bytes.</summary>
public sealed class BlobDownload(Stream content, long offset, long length, long totalLength, IDisposable? owner = null) : IAsyncDisposable
{
    public Stream Content { get; } = content;

    public long Offset { get; } = offset;

    public long Length { get; } = length;

    /// <summary>The size of the whole blob.</summary>
    public long TotalLength { get; } = totalLength;

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        owner?.Dispose();
    }
}
