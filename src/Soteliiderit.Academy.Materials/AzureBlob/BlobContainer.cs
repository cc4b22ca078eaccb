using System.Net;
using System.Xml.Linq;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// One container of one account, spoken to over signed requests: creates the container before its first use
/// and again when the service says it is gone (an emulator with in-memory storage forgets it on restart), and
/// retries what failed transiently, with doubling waits. Requests come from a factory so that every attempt
/// sends a fresh message with the same bytes.
/// </summary>
internal sealed class BlobContainer(HttpClient http, StorageConnectionString account, string name, TimeProvider time, AzureBlobStoreOptions options)
{
    private readonly string _base = $"{account.BlobEndpoint.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{name}";
    private volatile bool _exists;

    public string Name => name;

    public Uri Address => new(_base);

    public Uri BlobAddress(string blobName) => new($"{_base}/{string.Join('/', BlobNames.Check(blobName).Split('/').Select(Uri.EscapeDataString))}");

    /// <summary>Creates the container if the service does not have it; an existing one is left as it is.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        using var response = await SendOnceCreatedAsync(() => BlobRequests.CreateContainer(Address), HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Conflict || await ErrorCodeAsync(response).ConfigureAwait(false) != "ContainerAlreadyExists")
        {
            await ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
        }

        _exists = true;
    }

    /// <summary>
    /// The service's answer, whatever its status, except that transient failures are retried and a vanished
    /// container is created again and the request repeated. The caller disposes the answer.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        if (!_exists)
        {
            await CreateAsync(cancellationToken).ConfigureAwait(false);
        }

        var response = await SendOnceCreatedAsync(request, completion, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound || await ErrorCodeAsync(response).ConfigureAwait(false) != "ContainerNotFound")
        {
            return response;
        }

        response.Dispose();
        _exists = false;
        await CreateAsync(cancellationToken).ConfigureAwait(false);
        return await SendOnceCreatedAsync(request, completion, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendOnceCreatedAsync(Func<HttpRequestMessage> create, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        Exception? lastFailure = null;
        for (var attempt = 0; attempt <= options.Retries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(DelayBefore(attempt), time, cancellationToken).ConfigureAwait(false);
            }

            using var request = create();
            SharedKey.Sign(request, account, time.GetUtcNow());
            try
            {
                var response = await http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode))
                {
                    return response;
                }

                lastFailure = new BlobStorageException(response.StatusCode, await ErrorCodeAsync(response).ConfigureAwait(false), $"The Blob service answered {(int)response.StatusCode}.");
                response.Dispose();
            }
            catch (HttpRequestException exception)
            {
                lastFailure = exception;
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The caller did not cancel, so the client's timeout did: the service did not answer in time.
                lastFailure = exception;
            }
        }

        throw new MaterialStoreUnavailableException($"The material storage did not answer after {options.Retries + 1} attempts.", lastFailure);
    }

    private TimeSpan DelayBefore(int attempt) => options.RetryDelay * Math.Pow(2, attempt - 1);

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Throws a <see cref="BlobStorageException"/> carrying the status and the service's error code unless the answer is a success.</summary>
    public static async Task ThrowUnlessSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var code = await ErrorCodeAsync(response).ConfigureAwait(false);
            throw new BlobStorageException(response.StatusCode, code, $"The Blob service refused {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {code}.");
        }
    }

    /// <summary>The service names its errors in a header (also on HEAD answers, which have no body) and in the XML body.</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("x-ms-error-code", out var values))
        {
            return values.FirstOrDefault();
        }

        if (response.IsSuccessStatusCode || response.Content.Headers.ContentLength is null or 0 || response.RequestMessage?.Method == HttpMethod.Head)
        {
            return null;
        }

        try
        {
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return XDocument.Parse(body).Root?.Element("Code")?.Value;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
