using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Tests.Materials;

public sealed class StorageConnectionStringTests
{
    private const string Key = StorageConnectionString.EmulatorAccountKey;

    [Fact]
    public void Development_storage_is_the_emulator_account_on_its_usual_port()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", parsed.BlobEndpoint.ToString());
        Assert.Equal(Convert.FromBase64String(Key), parsed.AccountKey);
        Assert.True(parsed.IsPlainHttp);
    }

    [Fact]
    public void An_account_with_a_suffix_gets_its_blob_address()
    {
        var parsed = StorageConnectionString.Parse($"DefaultEndpointsProtocol=https;AccountName=akatemia;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal("akatemia", parsed.AccountName);
        Assert.Equal("https://akatemia.blob.core.windows.net/", parsed.BlobEndpoint.ToString());
        Assert.False(parsed.IsPlainHttp);
    }

    [Fact]
    public void An_explicit_blob_endpoint_wins_and_loses_its_trailing_slash()
    {
        var parsed = StorageConnectionString.Parse($"AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:41234/devstoreaccount1/;");

        Assert.Equal("http://127.0.0.1:41234/devstoreaccount1", parsed.BlobEndpoint.ToString());
    }

    [Theory]
    [InlineData("AccountName=akatemia", "no AccountKey")]
    [InlineData("AccountName=akatemia;AccountKey=not*base64", "not base64")]
    [InlineData("Server=db;Database=academy", "neither UseDevelopmentStorage=true nor")]
    [InlineData("BlobEndpoint=https://x.blob.core.windows.net;SharedAccessSignature=sv=2025-01-05&sig=abc", "SharedAccessSignature")]
    [InlineData("UseDevelopmentStorage=false", "can only be 'true'")]
    [InlineData("AccountName=akatemia;AccountKey=QUJD;BlobEndpoint=ftp://x", "not an http or https address")]
    [InlineData("AccountName=akatemia;justtext", "without 'name=value'")]
    public void A_bad_connection_string_says_what_is_wrong(string connectionString, string expected)
    {
        var failure = Assert.Throws<FormatException>(() => StorageConnectionString.Parse(connectionString));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_is_never_shown()
    {
        var parsed = StorageConnectionString.Parse($"AccountName=akatemia;AccountKey={Key}");
        var badEndpoint = Assert.Throws<FormatException>(() => StorageConnectionString.Parse($"AccountName=akatemia;AccountKey={Key};BlobEndpoint=nowhere"));

        Assert.DoesNotContain(Key[..20], parsed.ToString(), StringComparison.Ordinal);
        Assert.Contains("AccountKey=(hidden)", parsed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..20], badEndpoint.Message, StringComparison.Ordinal);
    }
}
