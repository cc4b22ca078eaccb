using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>
/// What an academy run as an OS process keeps: a data directory of its own (the SQLite file, the key ring) and,
/// when the suite runs on PostgreSQL, a database of its own. It outlives the processes started on it, so a
/// restarted academy finds what a killed one stored. Disposing it drops the database and deletes the directory.
/// </summary>
public sealed class AcademyStorage : IAsyncDisposable
{
    private readonly string _postgresDatabase = $"academy_crash_{Guid.NewGuid():N}";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"academy-process-{Guid.NewGuid():N}");

    /// <summary>On PostgreSQL whichever database the suite runs on (a cluster always needs it).</summary>
    public bool OnPostgres { get; init; } = AcademyApp.OnPostgres;

    /// <summary>Settings of one test's own, added to <see cref="Settings"/> (environment variable names, "Academy__...").</summary>
    public Dictionary<string, string> More { get; init; } = [];

    /// <summary>The academy's settings as environment variables (the way a deployment configures it).</summary>
    public IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string>(More)
        {
            ["Academy__DataDirectory"] = DataDirectory,
            ["Academy__Demo__Seed"] = "true",
            ["Academy__Demo__Password"] = AcademyApp.Password,
            ["Academy__Database__Provider"] = OnPostgres ? "Postgres" : "Sqlite",
            // The app creates the database when it applies its migrations.
            ["Academy__Database__ConnectionString"] = OnPostgres
                ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString
                : "",
        };

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("ACADEMY_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("ACADEMY_TEST_DATABASE=postgres needs ACADEMY_TEST_POSTGRES (the test command sets both).");

    public async ValueTask DisposeAsync()
    {
        if (OnPostgres)
        {
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

/// <summary>
/// The academy as a real OS process (<c>dotnet Soteliiderit.Academy.Web.dll</c> from the test's output folder,
/// environment Production, on a loopback port the OS picks), so a test can kill it the hard way and start it
/// again on the same data. Its standard output and error are kept for failure messages.
/// </summary>
public sealed partial class AcademyProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private AcademyProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>What the test calls this run in messages ("before the kill").</summary>
    public string Name { get; }

    public Uri Site { get; private set; } = null!;

    /// <summary>The last lines of both output streams as they arrived, standard error lines marked.</summary>
    public string Output => string.Join('\n', _output.TakeLast(200));

    /// <summary>Starts the academy on <paramref name="storage"/> and returns once /healthz answers 200.</summary>
    public static async Task<AcademyProcess> StartAsync(AcademyStorage storage, string name)
    {
        var academy = new AcademyProcess(name, new Process { StartInfo = StartInfo(storage), EnableRaisingEvents = true });
        try
        {
            await academy.StartAsync();
        }
        catch
        {
            await academy.DisposeAsync();
            throw;
        }

        return academy;
    }

    /// <summary>Runs one of the academy's commands (<c>create-admin ...</c>) on <paramref name="storage"/> to its end: its exit status and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(AcademyStorage storage, params string[] arguments)
    {
        var start = StartInfo(storage);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var command = Process.Start(start)!;
        var output = command.StandardOutput.ReadToEndAsync();
        var errors = command.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(StartDeadline);
        try
        {
            await command.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            command.Kill(entireProcessTree: true);
            throw new TimeoutException($"The academy's command {string.Join(' ', arguments)} did not end within {StartDeadline.TotalSeconds} s.");
        }

        return (command.ExitCode, await output + await errors);
    }

    private static ProcessStartInfo StartInfo(AcademyStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var start = new ProcessStartInfo(DotnetHost())
        {
            // The content root is the working directory: the web project's appsettings.json is copied here.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Soteliiderit.Academy.Web.dll"));
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("Academy__", StringComparison.OrdinalIgnoreCase)
                     || k.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in storage.Settings.Concat(LoopbackPorts.ForSilo("__")))
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>
    /// Kills the process with SIGKILL (<see cref="Process.Kill()"/> on Linux): no shutdown code runs, nothing is
    /// flushed. Returns the exit status the OS reports, 137 (128 + SIGKILL) for a killed process.
    /// </summary>
    public async Task<int> KillHardAsync()
    {
        _process.Kill();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    /// <summary>A hub connection signed in as a demo person.</summary>
    public async Task<RoomConnection> HubAs(string email) => await RoomConnection.ConnectAsync(Site, await SignInAsync(email));

    public async Task<string> SignInAsync(string email)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(Site, "/api/auth/login"), new { email, password = AcademyApp.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Kills the process if it still runs (a failed test leaves nothing behind).</summary>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await _process.WaitForExitAsync(deadline.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }

        _process.Dispose();
    }

    public override string ToString() => $"--- academy {Name} (pid {ProcessId()}) output ---\n{Output}\n--- end of {Name} ---";

    private async Task StartAsync()
    {
        _process.OutputDataReceived += (_, line) => Record(line.Data, error: false);
        _process.ErrorDataReceived += (_, line) => Record(line.Data, error: true);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The academy {Name} exited during start-up with status {_process.ExitCode}."));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Kestrel logs the port it bound once the database is migrated and seeded; then health must answer.
        using var deadline = new CancellationTokenSource(StartDeadline);
        try
        {
            Site = await _listening.Task.WaitAsync(deadline.Token);
            while (true)
            {
                try
                {
                    using var health = await _http.GetAsync(new Uri(Site, "/healthz"), deadline.Token);
                    if (health.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not answering yet: ask again.
                }

                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"The academy {Name} did not answer /healthz within {StartDeadline.TotalSeconds} s.\n{this}");
        }
        catch (InvalidOperationException exited)
        {
            throw new InvalidOperationException($"{exited.Message}\n{this}", exited);
        }
    }

    private void Record(string? line, bool error)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(error ? $"[stderr] {line}" : line);
        if (ListeningLine().Match(line) is { Success: true } listening)
        {
            _listening.TrySetResult(new Uri(listening.Groups[1].Value));
        }
    }

    private string ProcessId()
    {
        try
        {
            return _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "none";
        }
    }

    /// <summary>The dotnet host running the tests (so the same runtime runs the academy), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : "dotnet";

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}

/// <summary>A failed test on academy processes: the failure, then what each process wrote.</summary>
public sealed class AcademyOutputException(Exception failure, IEnumerable<AcademyProcess> runs)
    : Exception($"{failure?.Message}\n\n{string.Join("\n\n", runs ?? [])}", failure);
