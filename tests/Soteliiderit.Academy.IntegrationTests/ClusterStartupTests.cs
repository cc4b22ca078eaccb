using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>A node that is part of a cluster refuses to start, naming the setting, when it could not work with the others.</summary>
public sealed class ClusterStartupTests
{
    private const string SomePostgres = "Host=127.0.0.1;Port=1;Database=academy;Username=academy;Password=x";

    [Fact]
    public void A_node_with_a_silo_port_out_of_range_refuses_to_start_naming_the_setting()
    {
        var refusal = StartFails(new() { ["Academy:Cluster:SiloPort"] = "0" });

        Assert.Contains("SiloPort", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_node_on_a_sqlite_file_refuses_to_start_naming_the_database_setting()
    {
        var refusal = StartFails(new() { ["Academy:Database:Provider"] = "Sqlite" });

        Assert.Contains("Academy:Database:Provider", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_node_with_materials_on_local_disk_refuses_to_start_naming_the_materials_setting()
    {
        var refusal = StartFails(new() { ["Academy:Database:Provider"] = "Postgres", ["Academy:Database:ConnectionString"] = SomePostgres });

        Assert.Contains("Academy:Materials:Provider", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_node_whose_membership_table_does_not_answer_stops_naming_the_cluster_setting()
    {
        var refusal = StartFails(new()
        {
            ["Academy:Database:Provider"] = "Postgres",
            ["Academy:Database:ConnectionString"] = SomePostgres,
            ["Academy:Materials:Provider"] = "AzureBlob",
            ["Academy:Materials:ConnectionString"] = MaterialStores.Azurite.ConnectionStringFor(LoopbackPorts.Free()),
        });

        Assert.Contains("Academy:Cluster:ConnectionString", refusal, StringComparison.Ordinal);
    }

    /// <summary>Starts a node with Academy:Cluster:Provider=AzureTable (on a port nothing answers) and returns why it would not start.</summary>
    private static string StartFails(Dictionary<string, string> settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"academy-cluster-{Guid.NewGuid():N}");
        try
        {
            using var node = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Testing");
                builder.UseSetting("Academy:DataDirectory", dataDirectory);
                builder.UseSetting("Academy:Cluster:Provider", "AzureTable");
                builder.UseSetting("Academy:Cluster:ConnectionString", TableStorageNobodyAnswers());
                foreach (var (key, value) in LoopbackPorts.ForSilo().Concat(settings))
                {
                    builder.UseSetting(key, value);
                }
            });
            var refused = Assert.ThrowsAny<Exception>(() => node.Server);
            return refused.ToString();
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static string TableStorageNobodyAnswers() =>
        $"DefaultEndpointsProtocol=http;AccountName={MaterialStores.Azurite.AccountName};AccountKey={MaterialStores.Azurite.AccountKey};"
        + $"TableEndpoint=http://127.0.0.1:{LoopbackPorts.Free()}/{MaterialStores.Azurite.AccountName};";
}
