using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// Material in one Azure Blob Storage container, spoken to over the Blob REST API with SharedKey-signed
/// requests: a small stand-in for Azure.Storage.Blobs, which does not restore here. Works against Azure and
/// against the Azurite emulator alike.
/// </summary>
public sealed partial class AzureBlobMaterialStore : IMaterialStore, IDisposable
{
    private readonly StorageConnectionString _account;
    private readonly BlobContainer _container;
    private readonly BlockUpload _upload;
    private readonly TimeProvider _time;
    private readonly AzureBlobStoreOptions _options;
    private readonly HttpClient? _ownedClient;

    public AzureBlobMaterialStore(HttpClient http, StorageConnectionString account, string container, TimeProvider time, AzureBlobStoreOptions? options = null)
        : this(http, account, container, time, options, ownsClient: false)
    {
    }

    private AzureBlobMaterialStore(HttpClient http, StorageConnectionString account, string container, TimeProvider time, AzureBlobStoreOptions? options, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(time);
        if (!ValidContainerName().IsMatch(container ?? ""))
        {
            throw new ArgumentException($"'{container}' is not a container name: 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.", nameof(container));
        }

        _options = options ?? new AzureBlobStoreOptions();
        _options.Validate();
        _account = account;
        _time = time;
        _container = new BlobContainer(http, account, container!, time, _options);
        _upload = new BlockUpload(_container, _options);
        _ownedClient = ownsClient ? http : null;
    }

    /// <summary>A store with an HttpClient of its own (disposed with the store), for a connection string as configured.</summary>
    public static AzureBlobMaterialStore Create(string connectionString, string container, TimeProvider? time = null, AzureBlobStoreOptions? options = null)
    {
        var account = StorageConnectionString.Parse(connectionString);
        // A store that drops packets must fail fast enough to retry and then answer 503, and a long-lived
        // client must notice when the storage account's address moves.
        var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10), PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var http = new HttpClient(handler) { Timeout = (options ?? new AzureBlobStoreOptions()).RequestTimeout };
        return new AzureBlobMaterialStore(http, account, container, time ?? TimeProvider.System, options, ownsClient: true);
    }

    public string Kind => "AzureBlob";

    public string ContainerName => _container.Name;

    public Task<StoredBlob> UploadAsync(string blobName, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return _upload.RunAsync(BlobNames.Check(blobName), content, contentType, cancellationToken);
    }

    public async Task<BlobDownload?> OpenReadAsync(string blobName, BlobRange? range = null, CancellationToken cancellationToken = default)
    {
        if (range is { } wanted && (wanted.Offset < 0 || wanted.Length <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"Bytes {wanted.Offset}-{wanted.Offset + wanted.Length - 1} are not a range.");
        }

        var address = _container.BlobAddress(blobName);
        var response = await _container.SendAsync(() => BlobRequests.GetBlob(address, range), cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        try
        {
            if (await IsBlobNotFoundAsync(response).ConfigureAwait(false))
            {
                response.Dispose();
                return null;
            }

            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                throw new ArgumentOutOfRangeException(nameof(range), $"Bytes from {range?.Offset} are outside the blob.");
            }

            await BlobContainer.ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
            return await DownloadOfAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public async Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var address = _container.BlobAddress(blobName);
        using var response = await _container.SendAsync(() => BlobRequests.GetProperties(address), cancellationToken).ConfigureAwait(false);
        if (await IsBlobNotFoundAsync(response).ConfigureAwait(false))
        {
            return null;
        }

        await BlobContainer.ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
        var headers = response.Content.Headers;
        return new BlobProperties(blobName, headers.ContentLength ?? 0, headers.ContentType?.ToString(), headers.LastModified ?? _time.GetUtcNow());
    }

    public async Task<bool> DeleteAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var address = _container.BlobAddress(blobName);
        using var response = await _container.SendAsync(() => BlobRequests.Delete(address), cancellationToken).ConfigureAwait(false);
        if (await IsBlobNotFoundAsync(response).ConfigureAwait(false))
        {
            return false;
        }

        await BlobContainer.ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
        return true;
    }

    public async IAsyncEnumerable<BlobProperties> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobNames.CheckPrefix(prefix);
        string? marker = null;
        do
        {
            var page = await ListPageAsync(prefix, marker, cancellationToken).ConfigureAwait(false);
            foreach (var blob in page.Blobs)
            {
                yield return blob;
            }

            marker = page.NextMarker;
        }
        while (marker is not null);
    }

    public Uri? CreateReadLink(string blobName, ReadLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(link.Lifetime, TimeSpan.Zero, nameof(link));
        var address = _container.BlobAddress(blobName);
        var query = ReadLinkSignature.Query(_account, _container.Name, blobName, _time.GetUtcNow() + link.Lifetime, link);
        return new Uri($"{address}?{query}");
    }

    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _container.CreateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BlobStorageException exception)
        {
            throw new MaterialStoreUnavailableException($"The material storage refused the academy's requests ({(int)exception.Status} {exception.ErrorCode}).", exception);
        }
    }

    public void Dispose() => _ownedClient?.Dispose();

    private async Task<BlobListPage> ListPageAsync(string prefix, string? marker, CancellationToken cancellationToken)
    {
        using var response = await _container.SendAsync(() => BlobRequests.ListBlobs(_container.Address, prefix, marker, _options.ListPageSize), cancellationToken).ConfigureAwait(false);
        await BlobContainer.ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
        var xml = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (xml.ConfigureAwait(false))
        {
            return BlobListPage.Parse(xml);
        }
    }

    private static async Task<bool> IsBlobNotFoundAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NotFound && await BlobContainer.ErrorCodeAsync(response).ConfigureAwait(false) == "BlobNotFound";

    private static async Task<BlobDownload> DownloadOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = response.Content.Headers;
        var length = headers.ContentLength ?? throw new InvalidDataException("The Blob service sent a blob without Content-Length.");
        var (offset, total) = headers.ContentRange is { From: { } from, Length: { } whole } ? (from, whole) : (0L, length);
        var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new BlobDownload(content, offset, length, total, response);
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidContainerName();
}
