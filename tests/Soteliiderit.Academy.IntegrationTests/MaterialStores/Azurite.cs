using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.IntegrationTests.MaterialStores;

/// <summary>
/// The Azurite Blob service the tests talk to: the one the test command started (ACADEMY_TEST_AZURITE), or
/// else one of our own from the repository's node_modules on a free port, stopped when the tests end.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private readonly Process? _process;

    private Azurite(string connectionString, Process? process, int port = 0)
    {
        ConnectionString = connectionString;
        _process = process;
        Port = port;
    }

    public string ConnectionString { get; }

    /// <summary>The port of an Azurite of our own; 0 for the test command's.</summary>
    public int Port { get; }

    public static async Task<Azurite> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("ACADEMY_TEST_AZURITE") is { Length: > 0 } given)
        {
            return new Azurite(given, null);
        }

        return await StartOwnAsync(LoopbackPorts.Free());
    }

    /// <summary>
    /// An Azurite of this test's own, which it may stop and start again on the same port: in memory, or keeping
    /// what it stores in <paramref name="location"/> so that a restart finds it (staged blocks included).
    /// </summary>
    public static async Task<Azurite> StartOwnAsync(int port, string? location = null)
    {
        var process = Process.Start(new ProcessStartInfo(Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite-blob"))
        {
            ArgumentList = { "--blobHost", "127.0.0.1", "--blobPort", $"{port}", "--disableTelemetry", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        }.WithStorage(location)) ?? throw new InvalidOperationException("azurite-blob did not start.");
        await WaitUntilListeningAsync(process);
        return new Azurite(ConnectionStringFor(port), process, port);
    }

    /// <summary>A connection string in the test command's form, for a port of our choosing.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/{AccountName}";

    /// <summary>The emulator's one account, with the key every Azurite documents.</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Stops it as an operator would (SIGTERM), so that it writes down what it holds, staged blocks included;
    /// <see cref="DisposeAsync"/> kills it instead.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            using var terminate = Process.Start("kill", ["-TERM", $"{_process.Id}"]);
            await terminate.WaitForExitAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    // Azurite says so on its standard output once it accepts connections; waiting for that line needs no polling.
    private static async Task WaitUntilListeningAsync(Process process)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.Contains("successfully listens", StringComparison.Ordinal))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new InvalidOperationException("azurite-blob did not listen within 30 s.");
        }

        throw new InvalidOperationException($"azurite-blob exited: {await process.StandardError.ReadToEndAsync()}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Soteliiderit.Academy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no Soteliiderit.Academy.sln above them.");
    }
}

internal static class AzuriteStorage
{
    public static ProcessStartInfo WithStorage(this ProcessStartInfo start, string? location)
    {
        if (location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }

        return start;
    }
}
