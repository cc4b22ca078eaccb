using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Tests.Materials;

/// <summary>The expected signatures were computed apart from this code, with node's crypto, over the strings shown.</summary>
public sealed class SigningTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly StorageConnectionString Emulator = StorageConnectionString.Parse("UseDevelopmentStorage=true");

    [Fact]
    public void A_put_block_to_the_emulator_signs_the_account_twice_in_its_resource()
    {
        using var request = BlobRequests.PutBlock(new Uri("http://127.0.0.1:10000/devstoreaccount1/materials/course/a.pdf"), "QUFB", new byte[5]);

        SharedKey.Sign(request, Emulator, Now);

        Assert.Equal(
            "PUT\n\n\n5\n\n\n\n\n\n\n\n\nx-ms-date:Mon, 02 Mar 2026 08:00:00 GMT\nx-ms-version:2025-01-05\n"
            + "/devstoreaccount1/devstoreaccount1/materials/course/a.pdf\nblockid:QUFB\ncomp:block",
            SharedKey.StringToSign(request, "devstoreaccount1"));
        Assert.Equal("SharedKey devstoreaccount1:xezMfDBEDRQwVTuVMU7Iqp85p93pTCzSmloxnclqYbM=", request.Headers.Authorization?.ToString());
    }

    [Fact]
    public void A_ranged_read_from_azure_signs_its_range_header_and_plain_path()
    {
        using var request = BlobRequests.GetBlob(new Uri("https://akatemia.blob.core.windows.net/materials/a.pdf"), new BlobRange(10, 5));

        SharedKey.Sign(request, Emulator, Now);

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Mon, 02 Mar 2026 08:00:00 GMT\nx-ms-range:bytes=10-14\nx-ms-version:2025-01-05\n/akatemia/materials/a.pdf",
            SharedKey.StringToSign(request, "akatemia"));
    }

    [Fact]
    public void A_listing_signs_its_decoded_query_sorted_by_name()
    {
        using var request = BlobRequests.ListBlobs(new Uri("https://akatemia.blob.core.windows.net/materials"), "course/", "2!8!abc", 2);

        Assert.EndsWith(
            "/akatemia/materials\ncomp:list\nmarker:2!8!abc\nmaxresults:2\nprefix:course/\nrestype:container",
            SharedKey.StringToSign(request, "akatemia"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_link_for_the_emulator_reads_one_blob_until_it_expires()
    {
        var link = new ReadLink(TimeSpan.FromMinutes(15), "application/pdf", "attachment; filename=\"Opas.pdf\"");

        var query = Parameters(ReadLinkSignature.Query(Emulator, "materials", "course/a.pdf", Now + link.Lifetime, link));

        Assert.Equal("r", query["sp"]);
        Assert.Equal("b", query["sr"]);
        Assert.Equal("2025-01-05", query["sv"]);
        Assert.Equal("2026-03-02T08:15:00Z", query["se"]);
        Assert.Equal("https,http", query["spr"]);
        Assert.Equal("application/pdf", query["rsct"]);
        Assert.Equal("attachment; filename=\"Opas.pdf\"", query["rscd"]);
        Assert.Equal("0jyam6gLCyxMRHqbyNK+anloJ/pjL2kgVt8fkdXLSI4=", query["sig"]);
        Assert.False(query.ContainsKey("st"));
    }

    [Fact]
    public void A_read_link_for_a_real_account_needs_tls()
    {
        var account = StorageConnectionString.Parse($"AccountName=akatemia;AccountKey={StorageConnectionString.EmulatorAccountKey}");
        var link = new ReadLink(TimeSpan.FromMinutes(15), "application/pdf", "attachment");

        var query = Parameters(ReadLinkSignature.Query(account, "materials", "a.pdf", Now, link));

        Assert.Equal("https", query["spr"]);
    }

    [Fact]
    public void The_store_makes_read_links_that_expire_after_their_lifetime_on_its_clock()
    {
        using var store = new AzureBlobMaterialStore(new HttpClient(), Emulator, "materials", new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));

        var link = store.CreateReadLink("course/a.pdf", new ReadLink(TimeSpan.FromMinutes(15), "application/pdf", "attachment; filename=\"Opas.pdf\""))!;

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/materials/course/a.pdf", link.GetLeftPart(UriPartial.Path));
        Assert.Equal("2026-03-02T08:15:00Z", Parameters(link.Query)["se"]);
        Assert.DoesNotContain(StorageConnectionString.EmulatorAccountKey[..20], link.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Parameters(string query) =>
        query.TrimStart('?').Split('&').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]));
}
