using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.IntegrationTests.Materials;

/// <summary>What a script does to upload a file in blocks through the API, one call per step.</summary>
public static class BlockUploads
{
    /// <param name="pages">The upload page's routes (cookie and antiforgery header) instead of the API's (bearer token).</param>
    public static async Task<UploadStarted> StartAsync(HttpClient client, string fileName, byte[] bytes, Guid? materialId = null, bool pages = false)
    {
        using var response = await client.PostAsJsonAsync($"{Root(pages)}/materials/uploads", new StartUploadRequest(fileName, bytes.Length, materialId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadStarted>())!;
    }

    /// <summary>An upload started and its first block held, as a page leaves one cut short after block 0.</summary>
    public static async Task<UploadStarted> StartWithFirstBlockAsync(HttpClient client, string fileName, byte[] bytes)
    {
        var upload = await StartAsync(client, fileName, bytes);
        using var first = await PutBlockAsync(client, upload.UploadId, 0, Block(bytes, upload, 0));
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        return upload;
    }

    public static async Task<HttpResponseMessage> PutBlockAsync(HttpClient client, Guid uploadId, int index, ReadOnlyMemory<byte> block, bool pages = false)
    {
        using var content = new ReadOnlyMemoryContent(block);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PutAsync($"{Root(pages)}/materials/uploads/{uploadId}/blocks/{index}", content);
    }

    private static string Root(bool pages) => pages ? "" : "/api";

    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid uploadId, Dictionary<string, string> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"/api/materials/uploads/{uploadId}/completion", form);
    }

    public static ReadOnlyMemory<byte> Block(byte[] bytes, UploadStarted upload, int index) =>
        bytes.AsMemory(index * upload.BlockSize, Math.Min(upload.BlockSize, bytes.Length - (index * upload.BlockSize)));

    /// <summary>Sends every block the academy does not have yet, then completes.</summary>
    public static async Task<HttpResponseMessage> UploadRestAndCompleteAsync(HttpClient client, byte[] bytes, UploadStarted upload, Dictionary<string, string> fields)
    {
        var held = (await client.GetFromJsonAsync<UnfinishedUpload>($"/api/materials/uploads/{upload.UploadId}"))!.ReceivedBlocks;
        foreach (var index in Enumerable.Range(0, upload.BlockCount).Except(held))
        {
            using var sent = await PutBlockAsync(client, upload.UploadId, index, Block(bytes, upload, index));
            if (sent.StatusCode != HttpStatusCode.NoContent)
            {
                return await CopyAsync(sent);
            }
        }

        return await CompleteAsync(client, upload.UploadId, fields);
    }

    // A refusal of a block stands for the whole attempt: the caller reads it after its own response is disposed.
    private static async Task<HttpResponseMessage> CopyAsync(HttpResponseMessage response)
    {
        var copy = new HttpResponseMessage(response.StatusCode) { Content = new ByteArrayContent(await response.Content.ReadAsByteArrayAsync()) };
        foreach (var header in response.Content.Headers)
        {
            copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }
}
