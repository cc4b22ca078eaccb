using System.Diagnostics;
using System.Net.Http.Headers;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Bench;

/// <summary>The baseline: one plain Put Blob and one plain Get Blob of the same file, straight to Azurite, SharedKey-signed.</summary>
public sealed class DirectBlob(StorageConnectionString account) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Uri _container = new($"{account.BlobEndpoint.AbsoluteUri.TrimEnd('/')}/baseline");

    private Uri Blob => new($"{_container.AbsoluteUri}/recording");

    public async Task CreateContainerAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{_container.AbsoluteUri}?restype=container");
        SharedKey.Sign(request, account, DateTimeOffset.UtcNow);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async Task<double> PutAsync(string path, long length)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var request = new HttpRequestMessage(HttpMethod.Put, Blob) { Content = new StreamContent(file, 1 << 20) };
        request.Content.Headers.ContentLength = length;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
        SharedKey.Sign(request, account, DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var seconds = clock.Elapsed.TotalSeconds;
        return response.IsSuccessStatusCode ? seconds : throw new InvalidOperationException($"Put Blob answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public Task<double> GetAsync(long expected) => GetAsync(Blob, expected);

    /// <summary>Reads any blob of the account, such as the one the academy stored.</summary>
    public Task<double> GetAsync(string container, string blobName, long expected) =>
        GetAsync(new Uri($"{account.BlobEndpoint.AbsoluteUri.TrimEnd('/')}/{container}/{blobName}"), expected);

    private async Task<double> GetAsync(Uri blob, long expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, blob);
        SharedKey.Sign(request, account, DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var received = await MaterialsBenchmark.Drain(await response.Content.ReadAsStreamAsync());
        var seconds = clock.Elapsed.TotalSeconds;
        return received == expected ? seconds : throw new InvalidOperationException($"Received {received} of {expected} bytes.");
    }

    public void Dispose() => _http.Dispose();
}
