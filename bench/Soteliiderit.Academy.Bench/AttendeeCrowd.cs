using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// A room full of attendees: node processes running bench/webinar/attendee.mjs with the real
/// <c>@microsoft/signalr</c> client, each holding its share of the connections. The same crowd machinery is used
/// against the academy and against the baseline, so the two differ only in the server.
/// </summary>
public sealed class AttendeeCrowd : IAsyncDisposable
{
    private readonly List<AttendeeProcess> _processes;

    private AttendeeCrowd(List<AttendeeProcess> processes, int joined)
    {
        _processes = processes;
        Joined = joined;
    }

    public int Joined { get; }

    /// <summary>
    /// Starts the processes and returns once every one has connected and joined its attendees. Process i connects to
    /// <paramref name="hubsFor"/>(i): one hub address, or several comma-separated to go on to when a node dies. The
    /// first process joins alone first when <paramref name="firstAlone"/> is set, so the session grain activates on its node.
    /// </summary>
    public static async Task<AttendeeCrowd> JoinAsync(Func<int, string> hubsFor, Guid webinarId, string tokensFile, int attendees, int perProcess, bool firstAlone = false)
    {
        ArgumentNullException.ThrowIfNull(hubsFor);
        var script = Path.Combine(Processes.RepositoryRoot(), "bench", "webinar", "attendee.mjs");
        var processes = new List<AttendeeProcess>();
        var answers = new List<JsonNode>();
        for (var first = 0; first < attendees; first += perProcess)
        {
            processes.Add(AttendeeProcess.Start(script, [hubsFor(processes.Count), webinarId.ToString(), tokensFile, $"{first}", $"{Math.Min(perProcess, attendees - first)}", $"{processes.Count}"]));
            if (firstAlone && processes.Count == 1)
            {
                answers.Add(await processes[0].ReadAsync());
            }
        }

        answers.AddRange(await Task.WhenAll(processes.Skip(answers.Count).Select(p => p.ReadAsync())));
        var joined = answers.Sum(a => a["joined"]!.GetValue<int>());
        var failed = answers.Sum(a => a["failed"]!.GetValue<int>());
        if (failed > 0)
        {
            Console.WriteLine($"  {failed} attendees could not join, e.g. {string.Join("; ", answers.SelectMany(a => a["errors"]!.AsArray()).Take(3))}");
        }

        return new AttendeeCrowd(processes, joined);
    }

    /// <summary>Sends <paramref name="rate"/> messages a second for <paramref name="seconds"/>, spread over the processes; returns the ids the server acknowledged and how long each took.</summary>
    public async Task<Sent> SendAsync(string tag, double rate, int seconds)
    {
        var answers = await AskAllAsync(new JsonObject { ["do"] = "send", ["tag"] = tag, ["rate"] = rate, ["processes"] = _processes.Count, ["seconds"] = seconds });
        var refused = answers.Sum(a => a["refused"]!.GetValue<int>());
        if (refused > 0)
        {
            Console.WriteLine($"  {refused} messages refused, e.g. {string.Join("; ", answers.SelectMany(a => a["errors"]!.AsArray()).Take(3))}");
        }

        var acknowledged = answers.SelectMany(a => a["acknowledged"]!.AsArray().Select(ms => ms!.GetValue<double>())).Order().ToList();
        var acknowledgedAt = answers.SelectMany(a => a["acknowledgedAt"]!.AsArray().Select(p => (Sent: p![0]!.GetValue<long>(), Answered: p[1]!.GetValue<long>()))).ToList();
        return new Sent([.. answers.SelectMany(a => a["sent"]!.AsArray().Select(id => id!.GetValue<long>()))], acknowledged, acknowledgedAt, refused);
    }

    /// <summary>CPU time the node processes have used so far: the load generator's share of the machine.</summary>
    public TimeSpan CpuTime() => _processes.Aggregate(TimeSpan.Zero, (sum, p) => sum + Processes.CpuTime(p.Id));

    /// <summary>Waits until every acknowledged message reached everyone who joined, or none arrived for <paramref name="stall"/>; returns how many deliveries did.</summary>
    public async Task<long> WaitForDeliveriesAsync(string tag, Sent sent, TimeSpan stall)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var expected = sent.Count * (long)Joined;
        var ids = new JsonArray([.. sent.Ids.Select(id => JsonValue.Create(id))]);
        long delivered = -1;
        var lastChange = Stopwatch.StartNew();
        while (true)
        {
            var now = (await AskAllAsync(new JsonObject { ["do"] = "count", ["tag"] = tag, ["ids"] = ids.DeepClone() })).Sum(a => a["delivered"]!.GetValue<long>());
            if (now >= expected || (now == delivered && lastChange.Elapsed > stall))
            {
                return now;
            }

            if (now != delivered)
            {
                (delivered, lastChange) = (now, Stopwatch.StartNew());
            }

            await Task.Delay(100);
        }
    }

    public async Task<Deliveries> ReportAsync(string tag, IReadOnlyList<long> sent)
    {
        var answers = await AskAllAsync(new JsonObject { ["do"] = "report", ["tag"] = tag });
        var bucketMicros = answers[0]["bucketMicros"]!.GetValue<int>();
        var histogram = new SortedDictionary<int, long>();
        var perMessage = new Dictionary<long, long>();
        foreach (var answer in answers)
        {
            foreach (var pair in answer["histogram"]!.AsArray())
            {
                var bucket = pair![0]!.GetValue<int>();
                histogram[bucket] = histogram.GetValueOrDefault(bucket) + pair[1]!.GetValue<long>();
            }

            foreach (var pair in answer["perMessage"]!.AsArray())
            {
                var id = pair![0]!.GetValue<long>();
                perMessage[id] = perMessage.GetValueOrDefault(id) + pair[1]!.GetValue<long>();
            }
        }

        // Lost: every acknowledged message should have reached everyone who joined, its sender included.
        var lost = sent.Sum(id => Math.Max(0, Joined - perMessage.GetValueOrDefault(id)));
        return new Deliveries(
            sent.Sum(id => Math.Min(Joined, perMessage.GetValueOrDefault(id))),
            lost,
            Percentile(histogram, 0.50, bucketMicros),
            Percentile(histogram, 0.99, bucketMicros),
            answers.Sum(a => a["closed"]!.GetValue<int>()),
            answers.Sum(a => a["repeats"]!.GetValue<long>()),
            [.. answers.SelectMany(a => a["dropped"]!.AsArray().Select(at => at!.GetValue<long>()))],
            [.. answers.SelectMany(a => a["rejoined"]!.AsArray().Select(took => took!.GetValue<long>())).Order()],
            [.. sent.Select(id => (Id: id, Reached: perMessage.GetValueOrDefault(id))).Where(m => m.Reached < Joined)]);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_processes.Select(p => p.LeaveAsync()));
    }

    /// <summary>The latency at which the given share of deliveries had arrived, in ms (the upper edge of its bucket).</summary>
    private static double Percentile(SortedDictionary<int, long> histogram, double share, int bucketMicros)
    {
        var total = histogram.Values.Sum();
        var wanted = (long)Math.Ceiling(total * share);
        long seen = 0;
        foreach (var (bucket, count) in histogram)
        {
            seen += count;
            if (seen >= wanted)
            {
                return (bucket + 1) * bucketMicros / 1000.0;
            }
        }

        return double.NaN;
    }

    private async Task<JsonNode[]> AskAllAsync(JsonObject command)
    {
        var line = command.ToJsonString();
        return await Task.WhenAll(_processes.Select(async p =>
        {
            await p.WriteAsync(line);
            return await p.ReadAsync();
        }));
    }
}

/// <param name="Ids">The messages the server acknowledged.</param>
/// <param name="AcknowledgedMilliseconds">Each one's time from send to the server's answer, in order.</param>
/// <param name="AcknowledgedAt">Each one's send and answer on the machine's monotonic clock, in µs.</param>
/// <param name="Refused">Messages the server refused or could not be sent (no connection up).</param>
public sealed record Sent(IReadOnlyList<long> Ids, IReadOnlyList<double> AcknowledgedMilliseconds, IReadOnlyList<(long Sent, long Answered)> AcknowledgedAt, int Refused)
{
    public int Count => Ids.Count;

    public double AcknowledgedPercentile(double share) =>
        AcknowledgedMilliseconds.Count == 0 ? double.NaN : AcknowledgedMilliseconds[Math.Min(AcknowledgedMilliseconds.Count - 1, (int)Math.Ceiling(share * AcknowledgedMilliseconds.Count) - 1)];
}

/// <param name="Delivered">Deliveries of acknowledged messages (at most one per attendee and message).</param>
/// <param name="Closed">Connections that dropped during the run.</param>
/// <param name="Repeats">Events an attendee got again (a sequence it already had).</param>
/// <param name="Missed">Acknowledged messages that did not reach everyone who joined, with how many they reached.</param>
/// <param name="DroppedAt">When each connection dropped, on the monotonic clock in µs.</param>
/// <param name="RejoinedMicros">How long each dropped attendee took to be back in the room, in order.</param>
public sealed record Deliveries(long Delivered, long Lost, double P50Milliseconds, double P99Milliseconds, int Closed, long Repeats, IReadOnlyList<long> DroppedAt, IReadOnlyList<long> RejoinedMicros, IReadOnlyList<(long Id, long Reached)> Missed);

/// <summary>One node process: commands go in on stdin, one JSON answer per command comes back on stdout.</summary>
internal sealed class AttendeeProcess(Process process)
{
    private readonly Queue<string> _errors = new();

    public static AttendeeProcess Start(string script, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(script)! };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var attendees = new AttendeeProcess(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
        // Kept for the error message when the process dies: the client logs its errors there.
        attendees.Process.ErrorDataReceived += (_, e) =>
        {
            lock (attendees._errors)
            {
                if (e.Data is { } text && attendees._errors.Count < 20)
                {
                    attendees._errors.Enqueue(text);
                }
            }
        };
        attendees.Process.BeginErrorReadLine();
        return attendees;
    }

    public int Id => Process.Id;

    private Process Process { get; } = process;

    public async Task WriteAsync(string line)
    {
        await Process.StandardInput.WriteLineAsync(line);
        await Process.StandardInput.FlushAsync();
    }

    public async Task<JsonNode> ReadAsync()
    {
        while (await Process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('{'))
            {
                return JsonNode.Parse(line)!;
            }
        }

        lock (_errors)
        {
            throw new InvalidOperationException($"An attendee process exited: {string.Join(Environment.NewLine, _errors)}");
        }
    }

    public async Task LeaveAsync()
    {
        if (!Process.HasExited)
        {
            await WriteAsync(JsonSerializer.Serialize(new { @do = "leave" }));
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await Process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                Process.Kill();
            }
        }

        Process.Dispose();
    }
}
