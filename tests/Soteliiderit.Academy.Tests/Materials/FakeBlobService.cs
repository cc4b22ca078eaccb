using System.Collections.Concurrent;
using System.Net;

namespace Soteliiderit.Academy.Tests.Materials;

/// <summary>
/// Stands where the Blob service would: records every request with its body, creates containers without
/// being asked twice, and answers the rest from a script (answers or failures, in order), then with a default.
/// </summary>
internal sealed class FakeBlobService(Func<HttpRequestMessage, HttpResponseMessage>? otherwise = null) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public ConcurrentQueue<(HttpMethod Method, string PathAndQuery, byte[] Body)> Requests { get; } = new();

    /// <summary>The requests other than container creation.</summary>
    public List<(HttpMethod Method, string PathAndQuery, byte[] Body)> BlobRequests =>
        Requests.Where(request => !request.PathAndQuery.EndsWith("?restype=container", StringComparison.Ordinal) || request.Method != HttpMethod.Put).ToList();

    public FakeBlobService Then(HttpStatusCode status, string? errorCode = null) => Then(_ => Answer(status, errorCode));

    public FakeBlobService Then(Exception failure) => Then(_ => throw failure);

    public FakeBlobService Then(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public static HttpResponseMessage Answer(HttpStatusCode status, string? errorCode = null)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent([]) };
        if (errorCode is not null)
        {
            response.Headers.TryAddWithoutValidation("x-ms-error-code", errorCode);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Enqueue((request.Method, request.RequestUri!.PathAndQuery, body));
        if (request.Method == HttpMethod.Put && request.RequestUri.Query == "?restype=container")
        {
            return Answer(HttpStatusCode.Created);
        }

        var answer = _script.TryDequeue(out var next) ? next : otherwise ?? (_ => Answer(HttpStatusCode.Created));
        var response = answer(request);
        response.RequestMessage = request;
        return response;
    }
}
