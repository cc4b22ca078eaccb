using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;
using Xunit.Abstractions;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>
/// Durability across a hard crash. The academy runs as an OS process of its own; a facilitator and twelve
/// supervisors chat, ask and vote in the demo webinar at the same time, and the moment the last acknowledgement
/// arrives the process is killed with SIGKILL: no graceful stop, nothing flushed. A new process on the same data
/// must have every acknowledged change exactly once at its sequence number, count every acknowledged vote, and
/// number new changes after the last one.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit 2 disposes a test class through IAsyncLifetime; it does not call IAsyncDisposable.")]
public sealed class CrashRecoveryTests(ITestOutputHelper log) : IAsyncLifetime
{
    private const int FacilitatorConnections = 4;
    private const int ChatsPerFacilitatorConnection = 41;
    private const int Slide = 2;
    private const string PollQuestion = "Mikä auttaa etätiimiä eniten?";
    private static readonly string[] PollOptions = ["Säännölliset tapaamiset", "Selkeät tavoitteet", "Vapaa keskustelu"];
    private static readonly Guid Webinar = DemoSeeder.DemoWebinar;

    // Three chat messages and two questions each: the most a supervisor may send within the pace window.
    private static readonly string[] Supervisors = [.. Enumerable.Range(1, 6).SelectMany(n => new[] { DemoAccounts.SupervisorA(n), DemoAccounts.SupervisorB(n) })];

    private readonly AcademyStorage _storage = new();
    private readonly List<AcademyProcess> _runs = [];
    private readonly List<RoomConnection> _clients = [];

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Kills whatever still runs (a failed test), then drops the database and the data directory.</summary>
    public async Task DisposeAsync()
    {
        await CutAsync();
        foreach (var run in _runs)
        {
            await run.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task After_a_SIGKILL_and_a_restart_every_acknowledged_chat_message_question_and_vote_is_there() => await ShowingAcademyOutputOnFailure(async () =>
    {
        var clock = Stopwatch.StartNew();
        var first = await StartAsync("before the kill");
        log.WriteLine($"first start: {clock.ElapsedMilliseconds} ms");

        var facilitatorToken = await first.SignInAsync(DemoAccounts.Facilitator);
        var facilitators = await Task.WhenAll(Enumerable.Range(0, FacilitatorConnections).Select(_ => ConnectAsync(first, facilitatorToken)));
        var supervisors = await Task.WhenAll(Supervisors.Select(async email => await ConnectAsync(first, await first.SignInAsync(email))));
        await Task.WhenAll(facilitators.Concat(supervisors).Select(client => client.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Webinar, 0)));

        var acknowledged = new ConcurrentBag<Change>();
        var lead = facilitators[0];
        var slideSequence = await lead.Hub.InvokeAsync<long>(nameof(WebinarHub.SetSlide), Webinar, Slide);
        acknowledged.Add(new Change(slideSequence, "Slide", Slide.ToString(CultureInfo.InvariantCulture)));
        var pollSequence = await lead.Hub.InvokeAsync<long>(nameof(WebinarHub.StartPoll), Webinar, PollQuestion, PollOptions);
        acknowledged.Add(new Change(pollSequence, "Poll", PollQuestion));
        var opened = await lead.NextAsync("Poll");
        Assert.Equal(pollSequence, opened.Sequence);
        var pollId = opened.Poll!.Id;

        var votes = new int[PollOptions.Length];
        async Task ChatAsync(RoomConnection client, string text) =>
            acknowledged.Add(new Change(await client.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, text), "Chat", text));
        async Task AskAsync(RoomConnection client, string text, bool anonymous) =>
            acknowledged.Add(new Change(await client.Hub.InvokeAsync<long>(nameof(WebinarHub.Ask), Webinar, text, anonymous), "Question", text));
        async Task VoteAsync(RoomConnection client, int option)
        {
            // Vote returns nothing: its completion without an error is the acknowledgement.
            await client.Hub.InvokeAsync(nameof(WebinarHub.Vote), Webinar, pollId, option);
            Interlocked.Increment(ref votes[option]);
        }

        // Everyone at once, each connection awaiting each acknowledgement before its next call.
        var load = clock.ElapsedMilliseconds;
        await Task.WhenAll(facilitators.Select(async (client, k) =>
        {
            if (k == 1)
            {
                await VoteAsync(client, 0);
            }

            for (var i = 1; i <= ChatsPerFacilitatorConnection; i++)
            {
                await ChatAsync(client, $"Kouluttaja {k}: viesti {i}");
            }
        }).Concat(supervisors.Select(async (client, n) =>
        {
            var who = Supervisors[n];
            await ChatAsync(client, $"{who}: viesti 1");
            await AskAsync(client, $"{who}: kysymys 1", anonymous: n % 2 == 0);
            await VoteAsync(client, n % PollOptions.Length);
            await ChatAsync(client, $"{who}: viesti 2");
            await AskAsync(client, $"{who}: kysymys 2", anonymous: false);
            await ChatAsync(client, $"{who}: viesti 3");
        })));

        var exitStatus = await first.KillHardAsync();
        log.WriteLine($"{acknowledged.Count} sequenced changes and {votes.Sum()} votes acknowledged in {clock.ElapsedMilliseconds - load} ms, then SIGKILL");

        Assert.Equal(137, exitStatus); // 128 + SIGKILL (9): killed, not stopped
        Assert.DoesNotContain("Application is shutting down", first.Output, StringComparison.Ordinal);
        var changes = acknowledged.OrderBy(c => c.Sequence).ToList();
        Assert.Equal(FacilitatorConnections * ChatsPerFacilitatorConnection + Supervisors.Length * 3, changes.Count(c => c.Kind == "Chat"));
        Assert.Equal(Supervisors.Length * 2, changes.Count(c => c.Kind == "Question"));
        // One gap-free run of numbers, none given twice, before the crash.
        Assert.Equal(Numbers(slideSequence, changes.Count), changes.Select(c => c.Sequence));
        var last = changes[^1].Sequence;
        await CutAsync();

        var restart = clock.ElapsedMilliseconds;
        var second = await StartAsync("after the restart");
        log.WriteLine($"second start: {clock.ElapsedMilliseconds - restart} ms");
        facilitatorToken = await second.SignInAsync(DemoAccounts.Facilitator);

        // Attendance the crash left open was closed at start-up, before anyone could join again.
        using (var api = new HttpClient { BaseAddress = second.Site })
        {
            api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", facilitatorToken);
            var attendance = await api.GetFromJsonAsync<JsonElement>($"/api/webinars/{Webinar}/attendance");
            Assert.Equal(Supervisors.Length + 1, attendance.GetArrayLength());
            Assert.All(attendance.EnumerateArray(), row => Assert.Equal(JsonValueKind.String, row.GetProperty("lastLeft").ValueKind));
        }

        var facilitator = await ConnectAsync(second, facilitatorToken);
        var catchingUp = await ConnectAsync(second, facilitatorToken);
        var supervisor = await ConnectAsync(second, await second.SignInAsync(Supervisors[0]));
        var middle = slideSequence + ((last - slideSequence) / 2);

        // A first join: the whole current state.
        var fresh = await facilitator.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Webinar, 0);
        // Everything after the first change of this test, and everything after the middle of it.
        var fromStart = await catchingUp.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Webinar, slideSequence);
        var fromMiddle = await supervisor.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Webinar, middle);

        Assert.True(fresh.Fresh);
        Assert.Equal(last, fresh.LastSequence);
        Assert.Equal(Slide, fresh.CurrentSlide);
        var chats = changes.Where(c => c.Kind == "Chat").ToList();
        Assert.Equal(chats.TakeLast(fresh.RecentChat.Count).Select(c => (c.Sequence, c.Text)), fresh.RecentChat.Select(m => (m.Sequence, m.Text)));
        Assert.Equal(100, fresh.RecentChat.Count);
        Assert.Equal(
            changes.Where(c => c.Kind == "Question").Select(c => c.Text).Order(StringComparer.Ordinal),
            fresh.Questions.Select(q => q.Text).Order(StringComparer.Ordinal));
        var poll = fresh.ActivePoll!;
        Assert.Equal(pollId, poll.Id);
        Assert.True(poll.IsOpen);
        Assert.Equal(votes, poll.Results!);
        Assert.Equal(Supervisors.Length + 1, votes.Sum());

        Assert.False(fromStart.Fresh);
        Assert.Equal(changes.Where(c => c.Sequence > slideSequence), EventsOf(fromStart));
        Assert.False(fromMiddle.Fresh);
        Assert.Equal(changes.Where(c => c.Sequence > middle), EventsOf(fromMiddle));

        // The stored vote still counts: the same person cannot vote again.
        var again = await Assert.ThrowsAsync<HubException>(() => supervisor.Hub.InvokeAsync(nameof(WebinarHub.Vote), Webinar, pollId, 1));
        Assert.Contains("jo vastannut", again.Message, StringComparison.Ordinal);

        // Numbering goes on after the last acknowledged change: no number is given twice.
        var next = await facilitator.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, "Palvelin käynnistyi uudelleen.");
        Assert.Equal(last + 1, next);
        var delivered = await supervisor.NextAsync("Chat");
        Assert.Equal(next, delivered.Sequence);
        log.WriteLine($"whole test: {clock.ElapsedMilliseconds} ms");
    });

    private static IEnumerable<long> Numbers(long first, int count) => Enumerable.Range(0, count).Select(i => first + i);

    /// <summary>A replay as the changes the test keeps: sequence, kind and the text that identifies it.</summary>
    private static List<Change> EventsOf(SessionSnapshot snapshot) =>
    [
        .. snapshot.Events.Select(e => new Change(e.Sequence, $"{e.Kind}", e.Kind switch
        {
            WebinarEventKind.Chat => e.Chat!.Text,
            WebinarEventKind.Question => e.Question!.Text,
            WebinarEventKind.Poll => e.Poll!.Question,
            WebinarEventKind.Slide => e.Slide!.Value.ToString(CultureInfo.InvariantCulture),
            _ => $"{e}",
        })),
    ];

    private async Task<AcademyProcess> StartAsync(string name)
    {
        var run = await AcademyProcess.StartAsync(_storage, name);
        _runs.Add(run);
        return run;
    }

    private async Task<RoomConnection> ConnectAsync(AcademyProcess run, string token)
    {
        var client = await RoomConnection.ConnectAsync(run.Site, token);
        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    /// <summary>Drops every connection without a close handshake (the server is gone, or the test is over).</summary>
    private async Task CutAsync()
    {
        foreach (var client in _clients)
        {
            client.Cut();
            await client.DisposeAsync();
        }

        _clients.Clear();
    }

    private async Task ShowingAcademyOutputOnFailure(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch (Exception failure) when (_runs.Count > 0)
        {
            throw new AcademyOutputException(failure, _runs);
        }
    }

    /// <summary>One acknowledged sequenced change: its number, its kind and the text that identifies it.</summary>
    private sealed record Change(long Sequence, string Kind, string Text);
}
