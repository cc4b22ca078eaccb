using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// A node dies mid-webinar. Two academy nodes of one cluster (PostgreSQL, Azurite) hold half the room each; the
/// room chats at a steady rate; the node that hosts the session grain is killed with SIGKILL a third of the way
/// in. Its attendees connect to the other node and rejoin with the last sequence they saw, as the webinar page
/// does. Measured: how many came back and how fast, how soon a message was acknowledged again after the kill, and
/// whether every acknowledged message reached every attendee exactly once.
/// </summary>
public static class FailoverBenchmark
{
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(FailoverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Processes.RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("academy-failover-");
        try
        {
            await using var academy = await AcademyNodes.StartAsync(root, work.FullName, 2, WebinarBenchmark.Password, clustered: true);
            await WebinarBenchmark.SignInAsync(academy.Nodes[0].Site);
            var tokens = Path.Combine(work.FullName, "tokens.txt");
            await File.WriteAllLinesAsync(tokens, await BenchAttendees.SeedAsync(academy.Storage, options.Attendees, WebinarBenchmark.Password));
            var (doomed, survivor) = (academy.Nodes[0], academy.Nodes[1]);
            Console.WriteLine($"Two academy nodes (pid {doomed.Process.Id} to be killed, pid {survivor.Process.Id}); {options.Attendees} supervisors seeded");

            // Four processes, two on each node; each goes on to the other node when its own dies. The first joins
            // alone, so the session grain activates on the node that will be killed.
            var perProcess = (options.Attendees + 3) / 4;
            string HubsFor(int process) => process % 2 == 0 ? $"{doomed.Hub},{survivor.Hub}" : $"{survivor.Hub},{doomed.Hub}";
            await using var crowd = await AttendeeCrowd.JoinAsync(HubsFor, DemoSeeder.DemoWebinar, tokens, options.Attendees, perProcess, firstAlone: true);
            Console.WriteLine($"  {crowd.Joined} attendees joined");
            var warm = await crowd.SendAsync("warm", options.Rate, WebinarBenchmark.WarmUpSeconds);
            await crowd.WaitForDeliveriesAsync("warm", warm, Stall);

            var sending = crowd.SendAsync("run", options.Rate, options.Seconds);
            await Task.Delay(TimeSpan.FromSeconds(options.Seconds / 3.0));
            var killedAt = MonotonicMicros();
            await AcademyNodes.KillAsync(doomed);
            Console.WriteLine($"  node pid {doomed.Process.Id} killed {options.Seconds / 3.0:0.0} s into the stream");
            var sent = await sending;
            await crowd.WaitForDeliveriesAsync("run", sent, Stall);
            var deliveries = await crowd.ReportAsync("run", sent.Ids);
            Report(options, crowd.Joined, sent, deliveries, killedAt);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Report(FailoverOptions options, int joined, Sent sent, Deliveries deliveries, long killedAt)
    {
        var afterKill = sent.AcknowledgedAt.Where(a => a.Sent >= killedAt).Select(a => a.Answered - killedAt).DefaultIfEmpty(-1).Min();
        var reconnectP99 = deliveries.RejoinedMicros.Count == 0 ? 0 : deliveries.RejoinedMicros[Math.Max(0, (int)Math.Ceiling(0.99 * deliveries.RejoinedMicros.Count) - 1)];
        Console.WriteLine($"  {sent.Count} messages acknowledged, {sent.Refused} refused or not sent while their sender was away; {deliveries.Delivered} deliveries");
        Console.WriteLine($"  {deliveries.DroppedAt.Count} connections dropped, {deliveries.RejoinedMicros.Count} rejoined (p50 {Seconds(Median(deliveries.RejoinedMicros)):0.00} s, p99 {Seconds(reconnectP99):0.00} s)");
        if (deliveries.Missed.Count > 0)
        {
            Console.WriteLine($"  {deliveries.Missed.Count} messages did not reach everyone, e.g. {string.Join(", ", deliveries.Missed.Take(5).Select(m => $"#{m.Id} reached {m.Reached} of {joined}"))}");
        }

        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["scenario"] = "failover",
            ["attendees"] = joined,
            ["rate"] = options.Rate,
            ["dropped"] = deliveries.DroppedAt.Count,
            ["reconnected"] = deliveries.RejoinedMicros.Count,
            ["reconnect_p99_s"] = Math.Round(Seconds(reconnectP99), 2),
            ["first_ack_after_kill_s"] = afterKill < 0 ? double.NaN : Math.Round(Seconds(afterKill), 2),
            ["sent"] = sent.Count,
            ["lost"] = deliveries.Lost,
            ["duplicates"] = deliveries.Repeats,
        }));
    }

    /// <summary>The machine's monotonic clock in µs, the one the node processes stamp their messages with.</summary>
    private static long MonotonicMicros() => (long)(Stopwatch.GetTimestamp() * (1_000_000.0 / Stopwatch.Frequency));

    private static double Seconds(long micros) => micros / 1_000_000.0;

    private static long Median(IReadOnlyList<long> ordered) => ordered.Count == 0 ? 0 : ordered[ordered.Count / 2];
}

/// <param name="Attendees">People in the room, half on each node.</param>
/// <param name="Rate">Chat messages per second from the whole room.</param>
/// <param name="Seconds">How long the stream lasts; the kill comes a third of the way in.</param>
public sealed record FailoverOptions(int Attendees, double Rate, int Seconds)
{
    public static FailoverOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FailoverOptions(2000, 4, 30);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : "";
            options = args[i] switch
            {
                "--attendees" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 4 => options with { Attendees = n },
                "--rate" when double.TryParse(value, CultureInfo.InvariantCulture, out var r) && r > 0 => options with { Rate = r },
                "--seconds" when int.TryParse(value, CultureInfo.InvariantCulture, out var s) && s >= 9 => options with { Seconds = s },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }
}
