using System.Globalization;
using System.Text;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.Web.Demo;

/// <summary>
/// The library's demo material from Demo/Content/materials.json: published PDF worksheets and one draft, so the library
/// has something to browse from the start. Each PDF is written from the file's lines of text.
/// </summary>
public sealed class DemoMaterials(IMaterialStore store, MaterialLibrary library)
{
    // The ids in materials.json, for the demo webinar's slides and the tests.
    public static readonly Guid TeamAgreement = new("d3a7e1c0-5f1e-4c2b-9a61-0000000000a1");
    public static readonly Guid WellbeingCheckIn = new("d3a7e1c0-5f1e-4c2b-9a61-0000000000a2");
    public static readonly Guid FeedbackDraft = new("d3a7e1c0-5f1e-4c2b-9a61-0000000000a3");

    public async Task SeedAsync(Guid facilitator)
    {
        foreach (var material in DemoContent.Json<List<DemoMaterial>>("materials.json"))
        {
            await AddAsync(material, facilitator);
        }
    }

    private async Task AddAsync(DemoMaterial material, Guid facilitator)
    {
        var blobName = $"materials/{material.Id:N}/demo";
        using var inspecting = new InspectingStream(new MemoryStream(Pdf(material.Pages)), long.MaxValue);
        await store.UploadAsync(blobName, inspecting, FileType.Pdf.ContentType);
        var file = new ReceivedFile(blobName, material.FileName, inspecting.Type!, inspecting.Length, inspecting.Sha256!, new Dictionary<string, string>(), inspecting.Pages);
        await library.CreateAsync(material.Id, new MaterialDetails(material.Title, material.Description, material.Themes), file, facilitator);
        await library.SetStatusAsync(material.Id, material.Status);
    }

    /// <summary>
    /// A PDF with one A4 page per list of Latin-1 lines (Finnish and Swedish letters fit) in Helvetica, written out by
    /// hand: no PDF library needed for demo data.
    /// </summary>
    public static byte[] Pdf(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        // Objects: 1 catalog, 2 page tree, 3 font, then a page and its contents for each page.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{4 + (2 * i)} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var text = new StringBuilder("BT /F1 14 Tf 56 780 Td 18 TL");
            foreach (var line in pages[i])
            {
                text.Append(" (").Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") ' ");
            }

            text.Append("ET");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + (2 * i)} 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            objects.Add($"<< /Length {text.Length} >>\nstream\n{text}\nendstream");
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        // Latin-1 is one byte per character, so the lengths and offsets counted in characters are byte counts.
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <param name="Pages">The lines of text on each page of the PDF.</param>
    private sealed record DemoMaterial(
        Guid Id,
        MaterialStatus Status,
        string FileName,
        CourseThemes Themes,
        LocalizedText Title,
        LocalizedText Description,
        IReadOnlyList<IReadOnlyList<string>> Pages);
}
