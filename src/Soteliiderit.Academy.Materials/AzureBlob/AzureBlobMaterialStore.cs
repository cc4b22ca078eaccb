using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// Material in one Azure Blob Storage container, through Azure.Storage.Blobs. The container is created before
/// its first use and again when the service says it is gone (an emulator with in-memory storage forgets it on
/// restart); a service that does not answer, after the SDK's retries, is <see cref="MaterialStoreUnavailableException"/>.
/// </summary>
public sealed partial class AzureBlobMaterialStore : IMaterialStore
{
    /// <summary>The newest version the Azurite 3.37 emulator accepts (it refuses the SDK's own newest).</summary>
    public const BlobClientOptions.ServiceVersion PinnedServiceVersion = BlobClientOptions.ServiceVersion.V2026_06_06;

    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;
    private readonly AzureBlobStoreOptions _options;
    private volatile bool _exists;

    private AzureBlobMaterialStore(BlobContainerClient container, TimeProvider time, AzureBlobStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(time);
        if (!ValidContainerName().IsMatch(container.Name))
        {
            throw new ArgumentException($"'{container.Name}' is not a container name: 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.", nameof(container));
        }

        _options = options ?? new AzureBlobStoreOptions();
        _options.Validate();
        _container = container;
        _time = time;
    }

    /// <summary>
    /// A store for a connection string as configured. <paramref name="transport"/> replaces the network in unit
    /// tests; otherwise the SDK's own HTTP client is used.
    /// </summary>
    public static AzureBlobMaterialStore Create(string connectionString, string container, TimeProvider? time = null, AzureBlobStoreOptions? options = null, HttpMessageHandler? transport = null)
    {
        options ??= new AzureBlobStoreOptions();
        BlobContainerClient? client = null;
        var clientOptions = ClientOptions(options, transport);
        clientOptions.AddPolicy(new ContainerRecreationPolicy(token => client!.CreateIfNotExistsAsync(cancellationToken: token)), HttpPipelinePosition.PerCall);
        client = new BlobContainerClient(connectionString, container, clientOptions);
        return new AzureBlobMaterialStore(client, time ?? TimeProvider.System, options);
    }

    /// <summary>The SDK's options for the store's promises: the pinned service version, its retries and its request timeout.</summary>
    public static BlobClientOptions ClientOptions(AzureBlobStoreOptions options, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new BlobClientOptions(PinnedServiceVersion)
        {
            RetryPolicy = new StoreRetryPolicy(options.Retries, options.RetryDelay),
        };
        client.Retry.NetworkTimeout = options.RequestTimeout;
        if (transport is not null)
        {
            client.Transport = new HttpClientTransport(new HttpClient(transport, disposeHandler: false));
        }

        return client;
    }

    public string Kind => "AzureBlob";

    public string ContainerName => _container.Name;

    public Task<StoredBlob> UploadAsync(string blobName, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        var blob = Blob(blobName);
        var counted = new CountingStream(content);
        // Content of at most one block goes up in one Put Blob; longer content is staged in blocks, a few at a
        // time from pooled buffers, and committed only when the uploader's stream ended cleanly.
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            TransferOptions = new StorageTransferOptions
            {
                InitialTransferSize = _options.BlockSize,
                MaximumTransferSize = _options.BlockSize,
                MaximumConcurrency = _options.UploadConcurrency,
            },
        };
        return CallAsync(async token =>
        {
            await blob.UploadAsync(counted, upload, token).ConfigureAwait(false);
            return new StoredBlob(blobName, counted.BytesRead);
        }, cancellationToken);
    }

    public Task StageBlockAsync(string blobName, int index, ReadOnlyMemory<byte> block, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var blob = Blob(blobName);
        return CallAsync(async token =>
        {
            // A stream over the held bytes (not a copy), so the SDK can send them again when it retries.
            using var content = MemoryMarshal.TryGetArray(block, out var held)
                ? new MemoryStream(held.Array!, held.Offset, held.Count, writable: false)
                : new MemoryStream(block.ToArray(), writable: false);
            await blob.StageBlockAsync(BlockId(index), content, cancellationToken: token).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task CommitBlocksAsync(string blobName, int blockCount, string contentType, CancellationToken cancellationToken = default)
    {
        var blob = Blob(blobName);
        var commit = new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        try
        {
            await CallAsync(async token => await blob.CommitBlockListAsync(Enumerable.Range(0, blockCount).Select(BlockId), commit, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException failed) when (failed.ErrorCode == BlobErrorCode.InvalidBlockList)
        {
            throw new MissingBlocksException($"The Blob service lacks some of the {blockCount} blocks.", failed);
        }
    }

    /// <summary>Uncommitted blocks are the service's to discard (Azure does after a week); nothing refers to them.</summary>
    public Task DiscardBlocksAsync(string blobName, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<BlobDownload?> OpenReadAsync(string blobName, BlobRange? range = null, CancellationToken cancellationToken = default)
    {
        if (range is { } wanted && (wanted.Offset < 0 || wanted.Length <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"Bytes {wanted.Offset}-{wanted.Offset + wanted.Length - 1} are not a range.");
        }

        var blob = Blob(blobName);
        var download = new BlobDownloadOptions { Range = range is { } part ? new Azure.HttpRange(part.Offset, part.Length) : default };
        try
        {
            var result = await CallAsync(async token => (await blob.DownloadStreamingAsync(download, token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
            var length = result.Details.ContentLength;
            var (offset, total) = ContentRangeHeaderValue.TryParse(result.Details.ContentRange, out var received) && received is { From: { } from, Length: { } whole }
                ? (from, whole)
                : (0L, length);
            return new BlobDownload(result.Content, offset, length, total, result);
        }
        catch (RequestFailedException failed) when (failed.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
        catch (RequestFailedException failed) when (failed.ErrorCode == BlobErrorCode.InvalidRange)
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"Bytes from {range?.Offset} are outside the blob.");
        }
    }

    public async Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var blob = Blob(blobName);
        try
        {
            var properties = await CallAsync(async token => (await blob.GetPropertiesAsync(cancellationToken: token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
            return new BlobProperties(blobName, properties.ContentLength, properties.ContentType, properties.LastModified);
        }
        catch (RequestFailedException failed) when (failed.Status == 404)
        {
            // A HEAD answer has no body, so only the status says "no such blob".
            return null;
        }
    }

    public Task<bool> DeleteAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var blob = Blob(blobName);
        return CallAsync(async token => (await blob.DeleteIfExistsAsync(cancellationToken: token).ConfigureAwait(false)).Value, cancellationToken);
    }

    public async IAsyncEnumerable<BlobProperties> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobNames.CheckPrefix(prefix);
        await CallAsync(_ => Task.FromResult(true), cancellationToken).ConfigureAwait(false);
        var pages = _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix.Length == 0 ? null : prefix }, cancellationToken)
            .AsPages(pageSizeHint: _options.ListPageSize);
        await using var page = pages.GetAsyncEnumerator(cancellationToken);
        while (await NextPageAsync(page, cancellationToken).ConfigureAwait(false))
        {
            foreach (var blob in page.Current.Values)
            {
                yield return new BlobProperties(blob.Name, blob.Properties.ContentLength ?? 0, blob.Properties.ContentType, blob.Properties.LastModified ?? _time.GetUtcNow());
            }
        }
    }

    public Uri? CreateReadLink(string blobName, ReadLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(link.Lifetime, TimeSpan.Zero, nameof(link));
        var blob = Blob(blobName);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, _time.GetUtcNow() + link.Lifetime)
        {
            BlobContainerName = _container.Name,
            BlobName = blobName,
            Resource = "b",
            // The emulator answers plain http; a real account's links must not work without TLS.
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttp ? SasProtocol.HttpsAndHttp : SasProtocol.Https,
            ContentType = link.ContentType,
            ContentDisposition = link.ContentDisposition,
        };
        return blob.CanGenerateSasUri ? blob.GenerateSasUri(sas) : null;
    }

    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await CreateContainerAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (IsNoAnswer(failure, cancellationToken))
        {
            throw Unavailable(failure);
        }
        catch (RequestFailedException refused)
        {
            throw new MaterialStoreUnavailableException($"The material storage refused the academy's requests ({refused.Status} {refused.ErrorCode}).", refused);
        }
    }

    /// <summary>Every block id of a blob must have the same length; an upload has a blob name of its own, so the index is enough.</summary>
    internal static string BlockId(int index) => Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"block-{index:D6}"));

    private BlockBlobClient Blob(string blobName) => _container.GetBlockBlobClient(BlobNames.Check(blobName));

    /// <summary>
    /// Runs one call of the SDK in a container that exists: creates it first if this store has not yet seen it
    /// (a vanished one is <see cref="ContainerRecreationPolicy"/>'s). A service that did not answer becomes
    /// <see cref="MaterialStoreUnavailableException"/>; refusals stay the SDK's <see cref="RequestFailedException"/>.
    /// </summary>
    private async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            if (!_exists)
            {
                await CreateContainerAsync(cancellationToken).ConfigureAwait(false);
            }

            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (IsNoAnswer(failure, cancellationToken))
        {
            throw Unavailable(failure);
        }
    }

    private async Task<bool> NextPageAsync(IAsyncEnumerator<Page<BlobItem>> page, CancellationToken cancellationToken)
    {
        try
        {
            return await page.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception failure) when (IsNoAnswer(failure, cancellationToken))
        {
            throw Unavailable(failure);
        }
    }

    private static bool IsNoAnswer(Exception failure, CancellationToken cancellationToken) =>
        failure is RequestFailedException or AggregateException or OperationCanceledException && StoreRetryPolicy.IsNoAnswer(failure, cancellationToken);

    private async Task CreateContainerAsync(CancellationToken cancellationToken)
    {
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        _exists = true;
    }

    private MaterialStoreUnavailableException Unavailable(Exception failure) =>
        new($"The material storage did not answer after {_options.Retries + 1} attempts.", failure);

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidContainerName();
}
