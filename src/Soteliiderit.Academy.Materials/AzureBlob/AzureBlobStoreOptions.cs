namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>How the Azure Blob store uploads and how patiently it retries.</summary>
public sealed record AzureBlobStoreOptions
{
    /// <summary>Bytes per block; content of at most this size goes up in one request. Memory per streamed upload is about (<see cref="UploadConcurrency"/> + 1) blocks.</summary>
    public int BlockSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>Blocks being sent at once while the next one is read from the uploader.</summary>
    public int UploadConcurrency { get; init; } = 3;

    /// <summary>Retries after the first attempt of a request that failed transiently (no answer, timeout, 408, 429, 5xx).</summary>
    public int Retries { get; init; } = 4;

    /// <summary>The wait before the first retry; it doubles with each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>How long one request may go without an answer before it counts as unanswered and is tried again.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Blobs per List Blobs page; the service's own maximum is 5000.</summary>
    public int ListPageSize { get; init; } = 5000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BlockSize, 1, nameof(BlockSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BlockSize, 256 * 1024 * 1024, nameof(BlockSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(UploadConcurrency, 1, nameof(UploadConcurrency));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(UploadConcurrency, 16, nameof(UploadConcurrency));
        ArgumentOutOfRangeException.ThrowIfNegative(Retries, nameof(Retries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestTimeout, TimeSpan.FromSeconds(1), nameof(RequestTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(ListPageSize, 1, nameof(ListPageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ListPageSize, 5000, nameof(ListPageSize));
    }
}
