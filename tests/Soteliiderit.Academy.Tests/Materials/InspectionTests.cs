using System.Security.Cryptography;
using Soteliiderit.Academy.Materials.Inspection;

namespace Soteliiderit.Academy.Tests.Materials;

public class InspectionTests
{
    public static TheoryData<string, string> AcceptedFiles() => new()
    {
        { nameof(SampleFiles.Pdf), "application/pdf" },
        { nameof(SampleFiles.Png), "image/png" },
        { nameof(SampleFiles.Mp4), "video/mp4" },
        { nameof(SampleFiles.Mp3), "audio/mpeg" },
        { nameof(SampleFiles.Word), FileType.Word.ContentType },
        { nameof(SampleFiles.PowerPoint), FileType.PowerPoint.ContentType },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Accepted_types_are_told_by_their_content(string sample, string contentType)
    {
        var bytes = Sample(sample);

        var inspected = await InspectAsync(bytes);

        Assert.Equal(contentType, inspected.Type!.ContentType);
        Assert.Equal(bytes.Length, inspected.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), inspected.Sha256);
    }

    [Theory]
    [InlineData(nameof(SampleFiles.Executable), MaterialRefusal.UnsupportedType)]
    [InlineData(nameof(SampleFiles.Html), MaterialRefusal.UnsupportedType)]
    [InlineData(nameof(SampleFiles.PlainZip), MaterialRefusal.UnsupportedType)]
    [InlineData(nameof(SampleFiles.WordWithMacros), MaterialRefusal.Macros)]
    public async Task Other_content_is_refused_whatever_it_is_called(string sample, MaterialRefusal refusal)
    {
        var refused = await Assert.ThrowsAsync<MaterialRefusedException>(() => InspectAsync(Sample(sample)));

        Assert.Equal(refusal, refused.Refusal);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var refused = await Assert.ThrowsAsync<MaterialRefusedException>(() => InspectAsync([]));

        Assert.Equal(MaterialRefusal.Empty, refused.Refusal);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read_to_the_end()
    {
        var source = new MemoryStream(SampleFiles.Mp4(64 * 1024));
        var refused = await Assert.ThrowsAsync<MaterialRefusedException>(() => InspectAsync(source, sizeLimit: 10_000));

        Assert.Equal(MaterialRefusal.TooLarge, refused.Refusal);
        Assert.True(source.Position < source.Length);
    }

    [Fact]
    public async Task An_office_document_larger_than_the_kept_tail_is_still_recognized()
    {
        var filler = new string('x', OfficePackage.TailLength * 2);
        var bytes = SampleFiles.Zip(("[Content_Types].xml", "<Types/>"), ("xl/media/big.txt", filler), ("xl/workbook.xml", "<workbook/>"));

        var inspected = await InspectAsync(bytes, readSize: 7919);

        Assert.Equal(MaterialKind.Spreadsheet, inspected.Type!.Kind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task A_pdfs_pages_are_counted_across_any_read_size_and_its_page_tree_is_not_a_page(int readSize)
    {
        var pages = string.Concat(Enumerable.Range(0, 5).Select(i => i % 2 == 0 ? $"{i + 3} 0 obj << /Type /Page /Parent 2 0 R >> endobj\n" : $"{i + 3} 0 obj <</Type/Page/Parent 2 0 R>> endobj\n"));
        var bytes = System.Text.Encoding.Latin1.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Count 5 >> endobj\n{pages}%%EOF\n");

        var inspected = await InspectAsync(bytes, readSize: readSize);

        Assert.Equal(5, inspected.Pages);
    }

    [Fact]
    public async Task A_pdf_whose_pages_cannot_be_seen_counts_as_one_and_other_files_as_one()
    {
        var compressed = await InspectAsync(System.Text.Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj << /Type /ObjStm /N 9 >> stream\nxxxx\nendstream\n%%EOF\n"));
        var picture = await InspectAsync(Sample(nameof(SampleFiles.Png)));

        Assert.Equal((1, 1), (compressed.Pages, picture.Pages));
    }

    [Theory]
    [InlineData("Esihenkilön opas.pdf", "Esihenkilön opas.pdf")]
    [InlineData("  raportti:  kevät?*.PDF ", "raportti_ kevät__.pdf")]
    [InlineData("opas.docx", "opas.docx.pdf")]
    [InlineData("kuva.JPEG", "kuva.jpeg")]
    [InlineData("\u202Efdp.exe", "fdp.exe.pdf")]
    [InlineData("...", "material.pdf")]
    [InlineData(null, "material.pdf")]
    public void File_names_are_cleaned_and_end_in_the_real_type(string? name, string clean)
    {
        var type = clean.EndsWith(".jpeg", StringComparison.Ordinal) ? FileType.Jpeg : FileType.Pdf;

        Assert.Equal(MaterialFileName.Problem.None, MaterialFileName.Check(name));
        Assert.Equal(clean, MaterialFileName.Clean(name, type));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", MaterialFileName.Problem.Path)]
    [InlineData("C:\\temp\\opas.pdf", MaterialFileName.Problem.Path)]
    [InlineData("opas\u0000.pdf", MaterialFileName.Problem.ControlCharacters)]
    [InlineData("opas\r\nX-Header: 1.pdf", MaterialFileName.Problem.ControlCharacters)]
    public void Names_no_file_system_gives_are_refused(string name, MaterialFileName.Problem problem) =>
        Assert.Equal(problem, MaterialFileName.Check(name));

    [Fact]
    public void A_name_of_300_characters_is_refused() =>
        Assert.Equal(MaterialFileName.Problem.TooLong, MaterialFileName.Check(new string('a', 296) + ".pdf"));

    private static byte[] Sample(string name) => SampleFiles.ByName(name);

    private static Task<InspectingStream> InspectAsync(byte[] bytes, long sizeLimit = long.MaxValue, int readSize = 4096) =>
        InspectAsync(new MemoryStream(bytes), sizeLimit, readSize);

    private static async Task<InspectingStream> InspectAsync(Stream source, long sizeLimit = long.MaxValue, int readSize = 4096)
    {
        var inspecting = new InspectingStream(source, sizeLimit);
        var buffer = new byte[readSize];
        while (await inspecting.ReadAsync(buffer) > 0)
        {
        }

        return inspecting;
    }
}
