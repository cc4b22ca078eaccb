using System.Globalization;
using System.Xml.Linq;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>One page of a List Blobs answer: its blobs, and the marker of the next page when there is one.</summary>
internal sealed record BlobListPage(IReadOnlyList<BlobProperties> Blobs, string? NextMarker)
{
    public static BlobListPage Parse(Stream xml)
    {
        var root = XDocument.Load(xml).Root ?? throw new FormatException("The List Blobs answer is empty.");
        var blobs = root.Element("Blobs")?.Elements("Blob").Select(PropertiesOf).ToList() ?? [];
        var marker = root.Element("NextMarker")?.Value;
        return new BlobListPage(blobs, string.IsNullOrEmpty(marker) ? null : marker);
    }

    private static BlobProperties PropertiesOf(XElement blob)
    {
        var properties = blob.Element("Properties");
        var contentType = properties?.Element("Content-Type")?.Value;
        return new BlobProperties(
            blob.Element("Name")?.Value ?? throw new FormatException("A blob in the List Blobs answer has no name."),
            long.Parse(properties?.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(contentType) ? null : contentType,
            DateTimeOffset.Parse(properties?.Element("Last-Modified")?.Value ?? throw new FormatException("A blob in the List Blobs answer has no Last-Modified."), CultureInfo.InvariantCulture));
    }
}
