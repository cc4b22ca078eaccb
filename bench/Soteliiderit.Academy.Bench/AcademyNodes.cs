using System.Diagnostics;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// The academy under test: one node on a SQLite data directory of its own (what README's run command starts), or
/// several nodes of one cluster on PostgreSQL and Azurite (Blob for materials, Table for membership), started here
/// with infra/postgres.sh and infra/azurite.sh. The first node migrates and seeds before the others join, and the
/// first caller's node hosts the session grain, so node 0 is the one a failover kills.
/// </summary>
public sealed class AcademyNodes : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _work;

    private AcademyNodes(string root, string work, IReadOnlyDictionary<string, string> storage)
    {
        _root = root;
        _work = work;
        Storage = storage;
    }

    /// <summary>Where the nodes keep their data: the settings the benchmark's own seeding uses too.</summary>
    public IReadOnlyDictionary<string, string> Storage { get; }

    public List<AcademyNode> Nodes { get; } = [];

    private bool Clustered => Storage.ContainsKey("Academy:Database:ConnectionString");

    /// <param name="clustered">PostgreSQL, Azurite and Azure Table membership; otherwise one node on SQLite and local disk.</param>
    public static async Task<AcademyNodes> StartAsync(string root, string work, int count, string password, bool clustered)
    {
        var storage = new Dictionary<string, string> { ["Academy:DataDirectory"] = Path.Combine(work, "data") };
        if (clustered)
        {
            // As root, PostgreSQL runs as its own user, who must reach its folder inside ours.
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(work, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            var database = await InfraAsync(root, "postgres.sh", "start", Path.Combine(work, "postgres"));
            var azurite = await InfraAsync(root, "azurite.sh", "start", Path.Combine(work, "azurite"));
            storage["Academy:Database:Provider"] = "Postgres";
            storage["Academy:Database:ConnectionString"] = $"{database};Database=academy";
            storage["Academy:Materials:Provider"] = "AzureBlob";
            storage["Academy:Materials:ConnectionString"] = azurite;
            storage["Academy:Cluster:ConnectionString"] = azurite;
        }

        var nodes = new AcademyNodes(root, work, storage);
        try
        {
            for (var i = 0; i < count; i++)
            {
                nodes.Nodes.Add(await nodes.StartNodeAsync(i, password));
            }

            return nodes;
        }
        catch
        {
            await nodes.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL, as when a machine dies: nothing is flushed, no goodbye to the cluster.</summary>
    public static async Task KillAsync(AcademyNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.Process.Kill();
        await node.Process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await Processes.StopAsync(node.Process);
        }

        if (Clustered)
        {
            await InfraAsync(_root, "postgres.sh", "stop", Path.Combine(_work, "postgres"));
            await InfraAsync(_root, "azurite.sh", "stop", Path.Combine(_work, "azurite"));
        }
    }

    private async Task<AcademyNode> StartNodeAsync(int index, string password)
    {
        var port = Processes.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Academy__Demo__Seed"] = "true",
            ["Academy__Demo__Password"] = password,
        };
        foreach (var (key, value) in Storage)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        if (Clustered)
        {
            // Logs and caches only: the cluster's data is in PostgreSQL and Azurite.
            environment["Academy__DataDirectory"] = Path.Combine(_work, $"node{index}");
            environment["Academy__Cluster__Provider"] = "AzureTable";
            environment["Academy__Cluster__ClusterId"] = "bench";
            environment["Academy__Cluster__AdvertisedAddress"] = "127.0.0.1";
            environment["Academy__Cluster__SiloPort"] = $"{Processes.FreePort()}";
            environment["Academy__Cluster__GatewayPort"] = $"{Processes.FreePort()}";
        }

        var process = Processes.Start("dotnet", [Path.Combine(_root, "src", "Soteliiderit.Academy.Web", "bin", "Release", "net10.0", "Soteliiderit.Academy.Web.dll")],
            environment, Path.Combine(_root, "src", "Soteliiderit.Academy.Web"));
        var site = new Uri($"http://127.0.0.1:{port}");
        await Processes.WaitForAsync(new Uri(site, "/healthz"), process);
        return new AcademyNode(process, site);
    }

    /// <summary>Runs an infra/ script; a start writes the server's connection string to DIR/connection-string.</summary>
    private static async Task<string> InfraAsync(string root, string script, string command, string directory)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "infra", script));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(directory);
        using var run = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = run.StandardOutput.ReadToEndAsync();
        var errors = await run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/{script} {command} failed ({run.ExitCode}): {await output}{errors}");
        }

        return command == "start" ? (await File.ReadAllTextAsync(Path.Combine(directory, "connection-string"))).Trim() : "";
    }
}

/// <param name="Site">Where the node answers HTTP; its hub is under /hubs/webinar.</param>
public sealed record AcademyNode(Process Process, Uri Site)
{
    public Uri Hub => new(Site, "/hubs/webinar");
}
