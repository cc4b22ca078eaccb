using Microsoft.Extensions.Time.Testing;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Tests.Materials;

/// <summary>What a read link straight to Azure Blob lets a browser do. Azurite checks the signatures (integration tests).</summary>
public sealed class ReadLinkTests
{
    private const string EmulatorKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_read_link_for_the_emulator_reads_one_blob_until_it_expires_on_the_stores_clock()
    {
        var store = AzureBlobMaterialStore.Create("UseDevelopmentStorage=true", "materials", new FakeTimeProvider(Now));

        var link = store.CreateReadLink("course/a.pdf", new ReadLink(TimeSpan.FromMinutes(15), "application/pdf", "attachment; filename=\"Opas.pdf\""))!;

        var query = Parameters(link.Query);
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/materials/course/a.pdf", link.GetLeftPart(UriPartial.Path));
        Assert.Equal(("r", "b", "2026-03-02T08:15:00Z", "https,http"), (query["sp"], query["sr"], query["se"], query["spr"]));
        Assert.Equal(("application/pdf", "attachment; filename=\"Opas.pdf\""), (query["rsct"], query["rscd"]));
        Assert.False(query.ContainsKey("st"));
        Assert.DoesNotContain(EmulatorKey[..20], link.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_link_for_a_real_account_needs_tls()
    {
        var store = AzureBlobMaterialStore.Create($"DefaultEndpointsProtocol=https;AccountName=akatemia;AccountKey={EmulatorKey};EndpointSuffix=core.windows.net", "materials", new FakeTimeProvider(Now));

        var link = store.CreateReadLink("a.pdf", new ReadLink(TimeSpan.FromMinutes(15), "application/pdf", "attachment"))!;

        Assert.Equal("https://akatemia.blob.core.windows.net/materials/a.pdf", link.GetLeftPart(UriPartial.Path));
        Assert.Equal("https", Parameters(link.Query)["spr"]);
    }

    [Fact]
    public void A_store_without_the_account_key_makes_no_read_links()
    {
        var store = AzureBlobMaterialStore.Create("BlobEndpoint=https://akatemia.blob.core.windows.net/;SharedAccessSignature=sv=2026-06-06&sig=abc", "materials", new FakeTimeProvider(Now));

        Assert.Null(store.CreateReadLink("a.pdf", new ReadLink(TimeSpan.FromMinutes(15), "application/pdf", "attachment")));
    }

    private static Dictionary<string, string> Parameters(string query) =>
        query.TrimStart('?').Split('&').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => System.Net.WebUtility.UrlDecode(pair[1]));
}
