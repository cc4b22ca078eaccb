using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Soteliiderit.Academy.Bench;

/// <summary>A script's resumable upload through the academy's API: start, every block with a few in flight, completion.</summary>
public static class ResumableUpload
{
    /// <summary>The material's id, the seconds the blocks took and the seconds the completion took.</summary>
    public static async Task<(Guid Id, double BlockSeconds, double CompletionSeconds)> RunAsync(HttpClient academy, string path, int inFlight)
    {
        ArgumentNullException.ThrowIfNull(academy);
        var length = new FileInfo(path).Length;
        var clock = Stopwatch.StartNew();
        using var started = await academy.PostAsJsonAsync("/api/materials/uploads", new { fileName = Path.GetFileName(path), length });
        var upload = await OkAsync(started);
        var (uploadId, blockSize) = (upload.GetProperty("uploadId").GetGuid(), upload.GetProperty("blockSize").GetInt32());
        var count = (int)((length + blockSize - 1) / blockSize);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            for (var index = Interlocked.Increment(ref next); index < count; index = Interlocked.Increment(ref next))
            {
                await SendBlockAsync(academy, path, uploadId, index, blockSize, length);
            }
        }));
        var blocks = clock.Elapsed.TotalSeconds;
        using var completion = await academy.PostAsync($"/api/materials/uploads/{uploadId}/completion", new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "Benchmark recording" }));
        var material = await OkAsync(completion);
        return (material.GetProperty("id").GetGuid(), blocks, clock.Elapsed.TotalSeconds - blocks);
    }

    private static async Task SendBlockAsync(HttpClient academy, string path, Guid uploadId, int index, int blockSize, long length)
    {
        var size = (int)Math.Min(blockSize, length - ((long)index * blockSize));
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous))
            {
                file.Position = (long)index * blockSize;
                await file.ReadExactlyAsync(buffer.AsMemory(0, size));
            }

            using var content = new ReadOnlyMemoryContent(buffer.AsMemory(0, size));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await academy.PutAsync($"/api/materials/uploads/{uploadId}/blocks/{index}", content);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Block {index} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
