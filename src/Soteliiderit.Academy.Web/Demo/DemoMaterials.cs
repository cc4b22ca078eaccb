using System.Text;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.Web.Demo;

/// <summary>Two published one-page PDF worksheets and one draft, so the library has something to browse from the start.</summary>
public sealed class DemoMaterials(IMaterialStore store, MaterialLibrary library)
{
    public static readonly Guid TeamAgreement = new("d3a7e1c0-5f1e-4c2b-9a61-0000000000a1");
    public static readonly Guid WellbeingCheckIn = new("d3a7e1c0-5f1e-4c2b-9a61-0000000000a2");
    public static readonly Guid FeedbackDraft = new("d3a7e1c0-5f1e-4c2b-9a61-0000000000a3");

    public async Task SeedAsync(Guid facilitator)
    {
        await AddAsync(TeamAgreement, facilitator, MaterialStatus.Published, "etatiimin-pelisaannot.pdf", CourseThemes.RemoteLeadership,
            new LocalizedText("Etätiimin pelisäännöt – keskustelupohja", "Distansteamets spelregler – samtalsunderlag", "Remote team agreement – discussion template"),
            new LocalizedText("Kysymykset, joilla tiimi sopii tavoitettavuudesta, kokouksista ja palautteesta.", "Frågor som hjälper teamet att komma överens om nåbarhet, möten och feedback."),
            "Etätiimin pelisäännöt", "1. Milloin olemme tavoitettavissa ja missä kanavassa?", "2. Mitkä kokoukset pidämme ja miten ne valmistellaan?", "3. Miten annamme palautetta toisillemme?", "4. Miten huomaamme, jos joku jää yksin?");
        await AddAsync(WellbeingCheckIn, facilitator, MaterialStatus.Published, "hyvinvoinnin-kuulumiskierros.pdf", CourseThemes.WellbeingAtWork,
            new LocalizedText("Hyvinvoinnin kuulumiskierros hybridityössä", "Välmåendecheck i hybridarbete", "Wellbeing check-in for hybrid work"),
            new LocalizedText("Viisi kysymystä viikkopalaverin alkuun: jaksaminen, kuormitus ja tuen tarve.", "Fem frågor till början av veckomötet: ork, belastning och behov av stöd."),
            "Hyvinvoinnin kuulumiskierros", "1. Mikä antoi energiaa viime viikolla?", "2. Mikä kuormitti eniten?", "3. Onko työmäärä kohtuullinen?", "4. Mitä tukea tarvitset minulta?");
        await AddAsync(FeedbackDraft, facilitator, MaterialStatus.Draft, "palautekeskustelu.pdf", CourseThemes.ChangeManagement,
            new LocalizedText("Palautekeskustelun runko (luonnos)"), LocalizedText.Empty,
            "Palautekeskustelun runko", "Luonnos");
    }

    private async Task AddAsync(Guid id, Guid facilitator, MaterialStatus status, string fileName, CourseThemes themes, LocalizedText title, LocalizedText description, params string[] lines)
    {
        var blobName = $"materials/{id:N}/demo";
        using var inspecting = new InspectingStream(new MemoryStream(OnePagePdf(lines)), long.MaxValue);
        await store.UploadAsync(blobName, inspecting, FileType.Pdf.ContentType);
        var file = new ReceivedFile(blobName, fileName, inspecting.Type!, inspecting.Length, inspecting.Sha256!, new Dictionary<string, string>());
        await library.CreateAsync(id, new MaterialDetails(title, description, themes), file, facilitator);
        await library.SetStatusAsync(id, status);
    }

    /// <summary>A one-page PDF of Latin-1 lines (Finnish and Swedish letters fit) in Helvetica, written out by hand: no PDF library needed for demo data.</summary>
    public static byte[] OnePagePdf(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder("BT /F1 14 Tf 56 780 Td 18 TL");
        foreach (var line in lines)
        {
            text.Append(" (").Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") ' ");
        }

        text.Append("ET");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        // Latin-1 is one byte per character, so the lengths and offsets counted in characters are byte counts.
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
