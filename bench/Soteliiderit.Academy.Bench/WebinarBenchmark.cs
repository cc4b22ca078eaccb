using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// A webinar room under chat load: N attendees joined to the demo webinar through the academy's real hub,
/// R messages a second from senders spread among them, each delivered to the whole room. Then, in the same run
/// and with the same node clients, a bare WebSocket server fans the same payloads out to as many sockets.
/// The load generator shares the machine, so the servers are compared by CPU spent per delivered message
/// (ratio = baseline's ÷ the academy's), not by throughput.
/// </summary>
public static class WebinarBenchmark
{
    /// <summary>The demo and bench accounts' password in every webinar scenario.</summary>
    internal const string Password = "Bench-salasana-2026";
    private const double MiB = 1024 * 1024;

    /// <summary>The first messages pay for JIT and the first growth of buffers; they are sent but not counted.</summary>
    internal const int WarmUpSeconds = 3;

    /// <summary>When no delivery has arrived for this long, the rest are counted as lost.</summary>
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(WebinarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Processes.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("academy-bench-");
        try
        {
            var tokens = Path.Combine(work.FullName, "tokens.txt");
            var academy = await MeasureAcademyAsync(root, work.FullName, tokens, options);
            var baseline = await MeasureBaselineAsync(root, tokens, options);
            Report(options, academy, baseline);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<Measured> MeasureAcademyAsync(string root, string work, string tokensFile, WebinarOptions options)
    {
        await using var academy = await AcademyNodes.StartAsync(root, work, options.Nodes, Password, options.Clustered);
        // A real sign-in first: it proves the demo accounts work and makes the app create its key ring,
        // which the tokens issued ahead are then protected with.
        await SignInAsync(academy.Nodes[0].Site);
        var seeding = Stopwatch.StartNew();
        var tokens = await BenchAttendees.SeedAsync(academy.Storage, options.Attendees, Password);
        await File.WriteAllLinesAsync(tokensFile, tokens);
        Console.WriteLine($"Academy ({options.Nodes} node(s), pid {string.Join(", ", academy.Nodes.Select(n => n.Process.Id))}): {options.Attendees} supervisors seeded and their tokens issued in {seeding.Elapsed.TotalSeconds:0.0} s");
        return await MeasureAsync([.. academy.Nodes.Select(n => n.Process)], process => academy.Nodes[process % academy.Nodes.Count].Hub.ToString(), tokensFile, options);
    }

    private static async Task<Measured> MeasureBaselineAsync(string root, string tokensFile, WebinarOptions options)
    {
        var port = Processes.FreePort();
        var server = Processes.Start(Environment.ProcessPath!, [typeof(WebinarBenchmark).Assembly.Location, "baseline-server", "--port", $"{port}"], new Dictionary<string, string>
        {
            // The same garbage collector as the academy (a web project runs the server GC): equal terms.
            ["DOTNET_gcServer"] = AcademyUsesServerGc(root) ? "1" : "0",
        });
        try
        {
            var site = new Uri($"http://127.0.0.1:{port}");
            await Processes.WaitForAsync(new Uri(site, "/healthz"), server);
            Console.WriteLine($"Baseline (pid {server.Id}): bare Kestrel WebSockets, one serialization per message");
            return await MeasureAsync([server], _ => new Uri(site, "/hubs/webinar").ToString(), tokensFile, options);
        }
        finally
        {
            await Processes.StopAsync(server);
        }
    }

    /// <param name="hubFor">The hub address the node process of that index connects its attendees to.</param>
    private static async Task<Measured> MeasureAsync(IReadOnlyList<Process> servers, Func<int, string> hubFor, string tokensFile, WebinarOptions options)
    {
        var before = servers.Sum(s => Processes.ResidentBytes(s.Id));
        var joining = Stopwatch.StartNew();
        await using var crowd = await AttendeeCrowd.JoinAsync(hubFor, DemoSeeder.DemoWebinar, tokensFile, options.Attendees, options.PerProcess);
        var joined = servers.Sum(s => Processes.ResidentBytes(s.Id));
        Console.WriteLine($"  {crowd.Joined} attendees joined in {joining.Elapsed.TotalSeconds:0.0} s; server RSS {before / MiB:0} MB before the first, {joined / MiB:0} MB with all joined");

        var warm = await crowd.SendAsync("warm", options.Rate, WarmUpSeconds);
        await crowd.WaitForDeliveriesAsync("warm", warm, Stall);

        var cpuBefore = servers.Select(s => Processes.CpuTime(s.Id)).ToList();
        var clientsBefore = crowd.CpuTime();
        var window = Stopwatch.StartNew();
        var sent = await crowd.SendAsync("run", options.Rate, options.Seconds);
        await crowd.WaitForDeliveriesAsync("run", sent, Stall);
        var cpu = servers.Select((s, i) => Processes.CpuTime(s.Id) - cpuBefore[i]).ToList();
        var total = cpu.Aggregate(TimeSpan.Zero, (sum, c) => sum + c);
        var clients = crowd.CpuTime() - clientsBefore;
        var seconds = window.Elapsed.TotalSeconds;
        var deliveries = await crowd.ReportAsync("run", sent.Ids);
        var end = servers.Sum(s => Processes.ResidentBytes(s.Id));
        Console.WriteLine($"  {sent.Count} messages, {deliveries.Delivered} deliveries in {seconds:0.0} s; server CPU {string.Join(" + ", cpu.Select(c => $"{c.TotalSeconds:0.00}"))} s, node clients {clients.TotalSeconds:0.00} s; RSS {end / MiB:0} MB at the end");
        // Other work on the machine shows up in latency, not in CPU per delivery: say how busy it was.
        Console.WriteLine($"  acknowledged p50 {sent.AcknowledgedPercentile(0.5):0.0} ms, p99 {sent.AcknowledgedPercentile(0.99):0.0} ms; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        var perDelivery = Math.Max(1, deliveries.Delivered);
        return new Measured(crowd.Joined, sent.Count, deliveries, total.TotalMicroseconds / perDelivery, [.. cpu.Select(c => c.TotalMicroseconds / perDelivery)], total.TotalSeconds / seconds, before, joined, end);
    }

    private static void Report(WebinarOptions options, Measured academy, Measured baseline)
    {
        Console.WriteLine();
        Console.WriteLine($"{options.Attendees} attendees on {options.Nodes} academy node(s), {options.Rate} messages/s for {options.Seconds} s");
        Console.WriteLine("| server   | joined | sent | delivered |   lost | p50 ms | p99 ms | CPU µs/delivery | CPU cores | RSS joined MB | KB/connection | dropped |");
        foreach (var (name, m) in new[] { ("academy", academy), ("baseline", baseline) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name,-8} | {m.Joined,6} | {m.Sent,4} | {m.Deliveries.Delivered,9} | {m.Deliveries.Lost,6} | {m.Deliveries.P50Milliseconds,6:0.0} | {m.Deliveries.P99Milliseconds,6:0.0} | {m.CpuMicrosPerDelivery,15:0.00} | {m.CpuCores,9:0.00} | {m.RssJoined / MiB,13:0} | {m.KilobytesPerConnection,13:0.0} | {m.Deliveries.Closed,7} |"));
        }

        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["scenario"] = "webinar",
            ["nodes"] = options.Nodes,
            ["cluster"] = options.Clustered,
            ["attendees"] = options.Attendees,
            ["rate"] = options.Rate,
            ["sent"] = academy.Sent,
            ["delivered"] = academy.Deliveries.Delivered,
            ["lost"] = academy.Deliveries.Lost,
            ["p50_ms"] = Math.Round(academy.Deliveries.P50Milliseconds, 1),
            ["p99_ms"] = Math.Round(academy.Deliveries.P99Milliseconds, 1),
            ["server_cpu_us_per_delivery"] = Math.Round(academy.CpuMicrosPerDelivery, 2),
            // Each node's CPU over all deliveries of the room: they add up to the total above.
            ["node_cpu_us_per_delivery"] = academy.NodeCpuMicrosPerDelivery.Select(c => Math.Round(c, 2)).ToArray(),
            ["baseline_p99_ms"] = Math.Round(baseline.Deliveries.P99Milliseconds, 1),
            ["baseline_cpu_us_per_delivery"] = Math.Round(baseline.CpuMicrosPerDelivery, 2),
            ["ratio"] = Math.Round(baseline.CpuMicrosPerDelivery / academy.CpuMicrosPerDelivery, 2),
            ["server_rss_mb"] = Math.Round(academy.RssEnd / MiB, 0),
            ["kb_per_connection"] = Math.Round(academy.KilobytesPerConnection, 1),
        }));
    }

    private static string AcademyDll(string root) => Path.Combine(root, "src", "Soteliiderit.Academy.Web", "bin", "Release", "net10.0", "Soteliiderit.Academy.Web.dll");

    private static bool AcademyUsesServerGc(string root)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(AcademyDll(root), ".runtimeconfig.json")));
        return config?["runtimeOptions"]?["configProperties"]?["System.GC.Server"]?.GetValue<bool>() == true;
    }

    /// <summary>A real sign-in: it proves the demo accounts work and makes the app create its key ring.</summary>
    internal static async Task SignInAsync(Uri site)
    {
        using var client = new HttpClient { BaseAddress = site };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "supervisor1.a@academy.test", password = Password });
        response.EnsureSuccessStatusCode();
    }

    /// <param name="CpuCores">Server CPU time over the measured window ÷ its length.</param>
    private sealed record Measured(int Joined, int Sent, Deliveries Deliveries, double CpuMicrosPerDelivery, IReadOnlyList<double> NodeCpuMicrosPerDelivery, double CpuCores, long RssBefore, long RssJoined, long RssEnd)
    {
        /// <summary>(RSS with all joined − RSS before the first connection) ÷ attendees.</summary>
        public double KilobytesPerConnection => (RssJoined - RssBefore) / 1024.0 / Math.Max(1, Joined);
    }
}
