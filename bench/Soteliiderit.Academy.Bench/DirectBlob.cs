using System.Diagnostics;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// The baselines, straight to Azurite with the SDK the store uses (same pinned service version, same signing):
/// one Put Blob of the whole file, a block upload with the academy's block size and blocks in flight, one Get Blob.
/// </summary>
public sealed class DirectBlob(string connectionString)
{
    private readonly BlobContainerClient _container = new(connectionString, "baseline", AzureBlobMaterialStore.ClientOptions(new AzureBlobStoreOptions()));

    public async Task CreateContainerAsync() => await _container.CreateIfNotExistsAsync();

    /// <summary>Seconds for one Put Blob of the whole file (Azurite takes up to 5 000 MiB in one).</summary>
    public async Task<double> PutAsync(string path, long length)
    {
        await using var file = Open(path);
        var clock = Stopwatch.StartNew();
        await _container.GetBlobClient("put").UploadAsync(file, new BlobUploadOptions
        {
            TransferOptions = new StorageTransferOptions { InitialTransferSize = length + 1, MaximumTransferSize = 4000L * 1024 * 1024 },
        });
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Seconds for staging the file in blocks of <paramref name="blockSize"/>, <paramref name="inFlight"/> at a time, and committing them.</summary>
    public async Task<double> BlockUploadAsync(string path, int blockSize, int inFlight)
    {
        await using var file = Open(path);
        var clock = Stopwatch.StartNew();
        await _container.GetBlobClient("blocks").UploadAsync(file, new BlobUploadOptions
        {
            TransferOptions = new StorageTransferOptions { InitialTransferSize = blockSize, MaximumTransferSize = blockSize, MaximumConcurrency = inFlight },
        });
        return clock.Elapsed.TotalSeconds;
    }

    public Task<double> GetAsync(long expected) => GetAsync(_container.GetBlobClient("put"), expected);

    /// <summary>Reads any blob of the account, such as the one the academy stored.</summary>
    public Task<double> GetAsync(string container, string blobName, long expected) =>
        GetAsync(new BlobContainerClient(connectionString, container, AzureBlobMaterialStore.ClientOptions(new AzureBlobStoreOptions())).GetBlobClient(blobName), expected);

    private static async Task<double> GetAsync(BlobClient blob, long expected)
    {
        var clock = Stopwatch.StartNew();
        var download = await blob.DownloadStreamingAsync();
        using var result = download.Value;
        var received = await MaterialsBenchmark.Drain(result.Content);
        var seconds = clock.Elapsed.TotalSeconds;
        return received == expected ? seconds : throw new InvalidOperationException($"Received {received} of {expected} bytes.");
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
