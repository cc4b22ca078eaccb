using System.Globalization;
using System.Text;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>What each Blob REST call the store makes looks like, unsigned. A new message is made for every attempt.</summary>
internal static class BlobRequests
{
    public static HttpRequestMessage CreateContainer(Uri container) => new(HttpMethod.Put, With(container, "restype=container"));

    public static HttpRequestMessage PutBlob(Uri blob, ReadOnlyMemory<byte> content, string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, blob) { Content = new ReadOnlyMemoryContent(content) };
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
        request.Headers.TryAddWithoutValidation("x-ms-blob-content-type", contentType);
        return request;
    }

    public static HttpRequestMessage PutBlock(Uri blob, string blockId, ReadOnlyMemory<byte> content) =>
        new(HttpMethod.Put, With(blob, $"comp=block&blockid={Uri.EscapeDataString(blockId)}")) { Content = new ReadOnlyMemoryContent(content) };

    public static HttpRequestMessage PutBlockList(Uri blob, IEnumerable<string> blockIds, string contentType)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        foreach (var id in blockIds)
        {
            // Block ids are base64: nothing in them needs escaping in XML.
            xml.Append("<Latest>").Append(id).Append("</Latest>");
        }

        var request = new HttpRequestMessage(HttpMethod.Put, With(blob, "comp=blocklist"))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(xml.Append("</BlockList>").ToString())),
        };
        request.Headers.TryAddWithoutValidation("x-ms-blob-content-type", contentType);
        return request;
    }

    public static HttpRequestMessage GetBlob(Uri blob, BlobRange? range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, blob);
        if (range is { } wanted)
        {
            var last = wanted.Offset + wanted.Length - 1;
            request.Headers.TryAddWithoutValidation("x-ms-range", string.Create(CultureInfo.InvariantCulture, $"bytes={wanted.Offset}-{last}"));
        }

        return request;
    }

    public static HttpRequestMessage GetProperties(Uri blob) => new(HttpMethod.Head, blob);

    public static HttpRequestMessage Delete(Uri blob) => new(HttpMethod.Delete, blob);

    public static HttpRequestMessage ListBlobs(Uri container, string prefix, string? marker, int pageSize)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"restype=container&comp=list&maxresults={pageSize}");
        if (prefix.Length > 0)
        {
            query += $"&prefix={Uri.EscapeDataString(prefix)}";
        }

        if (marker is not null)
        {
            query += $"&marker={Uri.EscapeDataString(marker)}";
        }

        return new HttpRequestMessage(HttpMethod.Get, With(container, query));
    }

    private static Uri With(Uri address, string query) => new($"{address}?{query}");
}
