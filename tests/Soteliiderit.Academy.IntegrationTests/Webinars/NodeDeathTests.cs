using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;
using Xunit.Abstractions;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>
/// Two academy processes form one cluster (membership in Azurite's Table service, PostgreSQL, Azure Blob). A webinar
/// runs across both, and the node hosting its session grain is killed with SIGKILL: its people reconnect to the
/// survivor and rejoin with their last sequence, the grain re-activates there from its rows, and every acknowledged
/// message is there exactly once, for those who stayed connected and those who came back alike.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit 2 disposes a test class through IAsyncLifetime; it does not call IAsyncDisposable.")]
public sealed class NodeDeathTests(ITestOutputHelper log) : IAsyncLifetime
{
    private const int ChatsPerFacilitatorBeforeAndAfter = 5;
    private static readonly Guid Webinar = DemoSeeder.DemoWebinar;
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(15);
    private static readonly string[] PollOptions = ["Tapaamiset", "Tavoitteet"];

    /// <summary>"Try again" in the caller's language (the demo facilitator's is Finnish).</summary>
    private static readonly string[] TryAgain = ["yritä hetken kuluttua uudelleen", "försök igen om en stund", "try again in a moment"];

    private readonly AcademyStorage _storage = new()
    {
        OnPostgres = true,
        More = new()
        {
            ["Academy__Materials__Provider"] = "AzureBlob",
            ["Academy__Materials__ConnectionString"] = Azurite,
            ["Academy__Materials__Container"] = $"nodes{Guid.NewGuid():N}",
            ["Academy__Cluster__Provider"] = "AzureTable",
            ["Academy__Cluster__ConnectionString"] = Azurite,
            ["Academy__Cluster__ClusterId"] = $"nodes-{Guid.NewGuid():N}",
            ["Academy__Cluster__AdvertisedAddress"] = "127.0.0.1",
        },
    };

    private readonly List<AcademyProcess> _nodes = [];
    private readonly List<RoomConnection> _clients = [];

    private static string Azurite =>
        Environment.GetEnvironmentVariable("ACADEMY_TEST_AZURITE") is { Length: > 0 } azurite
            ? azurite
            : throw new InvalidOperationException("The cluster test needs ACADEMY_TEST_AZURITE with a table endpoint (the test command sets it).");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task After_the_node_hosting_the_room_is_killed_everyone_rejoins_on_the_other_and_nothing_is_lost_or_doubled()
    {
        // A seeds the demo (its session grain activates there); B joins the cluster.
        var doomed = await StartAsync("A (killed)");
        var survivor = await StartAsync("B (survives)");
        try
        {
            var hostOnDoomed = await JoinAsync(doomed, DemoAccounts.Facilitator);
            var hostOnSurvivor = await JoinAsync(survivor, DemoAccounts.Facilitator);
            var onDoomed = new[] { await JoinAsync(doomed, DemoAccounts.SupervisorA(1)), await JoinAsync(doomed, DemoAccounts.SupervisorB(1)) };
            var onSurvivor = new[] { await JoinAsync(survivor, DemoAccounts.SupervisorA(2)), await JoinAsync(survivor, DemoAccounts.SupervisorB(2)) };

            var acknowledged = new List<long>();
            for (var i = 0; i < ChatsPerFacilitatorBeforeAndAfter; i++)
            {
                acknowledged.Add(await hostOnDoomed.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, $"A:n viesti {i}"));
                acknowledged.Add(await hostOnSurvivor.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, $"B:n viesti {i}"));
            }

            // A poll open across the kill, voted on both sides of it, and questions asked on both nodes.
            var poll = await hostOnDoomed.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.StartPoll), Webinar, "Mikä auttaa etätiimiä?", PollOptions);
            acknowledged.Add(poll);
            var asked = new List<string>();
            foreach (var (person, n) in onDoomed.Concat(onSurvivor).Select((p, n) => (p, n)))
            {
                asked.Add($"Kysymys {n} ennen");
                acknowledged.Add(await person.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.Ask), Webinar, asked[^1], false));
            }

            var pollId = (await hostOnSurvivor.Connection.NextAsync(nameof(IWebinarClient.Poll))).Poll!.Id;
            foreach (var person in onDoomed)
            {
                await person.Connection.Hub.InvokeAsync(nameof(WebinarHub.Vote), Webinar, pollId, 0);
            }

            var everyone = onDoomed.Append(hostOnDoomed).Concat(onSurvivor).Append(hostOnSurvivor).ToList();
            foreach (var person in everyone)
            {
                Assert.True(await person.Connection.WaitUntilAsync(r => acknowledged.All(r.Contains), Arrival), $"before the kill, {person.Email} missed events");
            }

            Assert.Equal(137, await doomed.KillHardAsync());
            var sinceKill = Stopwatch.StartNew();

            // The survivor's host keeps chatting: told to try again while the room moves, never left hanging.
            var (firstAfterKill, refusals) = await SendUntilAcknowledgedAsync(hostOnSurvivor.Connection, "ensimmäinen kuolleen solmun jälkeen");
            var firstAck = sinceKill.Elapsed;
            acknowledged.Add(firstAfterKill);
            log.WriteLine($"first acknowledgement {firstAck.TotalSeconds:0.0} s after the kill, after {refusals} 'try again' answers");

            // The grain answered from its new node: its events reach every connection the surviving node holds.
            var sinceReactivation = Stopwatch.StartNew();
            foreach (var person in onSurvivor.Append(hostOnSurvivor))
            {
                Assert.True(await person.Connection.WaitUntilAsync(r => r.Contains(firstAfterKill), Arrival), $"{person.Email} never got the first event after the kill");
            }

            var reachedSurvivors = sinceReactivation.Elapsed;

            // The killed node's people reconnect to the survivor and rejoin with their last sequence.
            var rejoined = new List<Attendee>();
            foreach (var person in onDoomed.Append(hostOnDoomed))
            {
                rejoined.Add(await RejoinAsync(survivor, person));
            }

            log.WriteLine($"everyone on the killed node rejoined {sinceKill.Elapsed.TotalSeconds:0.0} s after the kill");
            var hostBack = rejoined[^1];
            for (var i = 0; i < ChatsPerFacilitatorBeforeAndAfter; i++)
            {
                acknowledged.Add(await hostBack.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, $"palannut {i}"));
                acknowledged.Add(await hostOnSurvivor.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, $"jatkaa {i}"));
            }

            foreach (var (person, n) in rejoined.SkipLast(1).Concat(onSurvivor).Select((p, n) => (p, n)))
            {
                asked.Add($"Kysymys {n} jälkeen");
                acknowledged.Add(await person.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.Ask), Webinar, asked[^1], false));
            }

            foreach (var person in onSurvivor)
            {
                await person.Connection.Hub.InvokeAsync(nameof(WebinarHub.Vote), Webinar, pollId, 1);
            }

            var all = acknowledged.Order().ToList();
            Assert.Equal(Enumerable.Range(1, all.Count).Select(n => (long)n), all);
            foreach (var person in onSurvivor.Append(hostOnSurvivor))
            {
                // Those who stayed connected got every event live, once and in order.
                Assert.True(await person.Connection.WaitUntilAsync(r => r.Count(s => s > 0) >= all.Count, Arrival), $"{person.Email} stayed connected but missed events");
                Assert.Equal(all, person.Connection.Received.Where(s => s > 0).ToList());
            }

            foreach (var person in rejoined)
            {
                Assert.True(await person.Connection.WaitUntilAsync(r => r.Contains(all[^1]), Arrival), $"{person.Email} rejoined but missed events");
                Assert.Equal(all, person.Seen());
            }

            // The room as it stands after the kill: every question asked on either node, every vote counted once.
            await using var latecomer = await survivor.HubAs(DemoAccounts.Facilitator);
            var room = await latecomer.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Webinar, 0);
            Assert.Equal(asked.Order(StringComparer.Ordinal), room.Questions.Select(q => q.Text).Order(StringComparer.Ordinal));
            Assert.Equal([onDoomed.Length, onSurvivor.Length], room.ActivePoll!.Results);

            Assert.True(firstAck < TimeSpan.FromSeconds(5), $"The first chat after the kill was acknowledged {firstAck.TotalSeconds:0.0} s after it.");
            Assert.True(reachedSurvivors < TimeSpan.FromSeconds(5), $"The first event after the re-activation reached everyone on the surviving node {reachedSurvivors.TotalSeconds:0.0} s after it was acknowledged.");
        }
        catch (Exception failure) when (failure is not AcademyOutputException)
        {
            throw new AcademyOutputException(failure, _nodes);
        }
    }

    [Fact]
    public async Task Two_nodes_started_at_once_on_an_empty_database_both_serve_the_one_academy_they_seeded_together()
    {
        try
        {
            var nodes = await Task.WhenAll(StartAsync("A (together)"), StartAsync("B (together)"));

            // Both migrated and seeded the same database at once: one demo, whose room either node lets people into.
            var onA = await JoinAsync(nodes[0], DemoAccounts.SupervisorA(1));
            var onB = await JoinAsync(nodes[1], DemoAccounts.SupervisorB(1));
            var said = await onA.Connection.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, "Yhtä aikaa käynnistetty");
            Assert.True(await onB.Connection.WaitUntilAsync(r => r.Contains(said), Arrival), "The node started beside the other did not get its chat");
        }
        catch (Exception failure) when (failure is not AcademyOutputException)
        {
            throw new AcademyOutputException(failure, _nodes);
        }
    }

    private async Task<AcademyProcess> StartAsync(string name)
    {
        var node = await AcademyProcess.StartAsync(_storage, name);
        lock (_nodes)
        {
            _nodes.Add(node);
        }

        return node;
    }

    private async Task<Attendee> JoinAsync(AcademyProcess node, string email)
    {
        var connection = await node.HubAs(email);
        _clients.Add(connection);
        var snapshot = await connection.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Webinar, 0);
        return new Attendee(email, connection, [.. snapshot.Events.Select(e => e.Sequence)], snapshot.LastSequence);
    }

    /// <summary>As the page does: a new connection, Join with the last sequence it holds, then what arrives live.</summary>
    private async Task<Attendee> RejoinAsync(AcademyProcess node, Attendee before)
    {
        var held = before.Seen();
        var connection = await node.HubAs(before.Email);
        _clients.Add(connection);
        var snapshot = await connection.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Webinar, held.Count > 0 ? held[^1] : 0);
        Assert.False(snapshot.Fresh);
        return new Attendee(before.Email, connection, [.. held, .. snapshot.Events.Select(e => e.Sequence)], snapshot.LastSequence);
    }

    private static async Task<(long Sequence, int Refusals)> SendUntilAcknowledgedAsync(RoomConnection connection, string text)
    {
        for (var refusals = 0; ; refusals++)
        {
            var attempt = Stopwatch.StartNew();
            try
            {
                return (await connection.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), Webinar, text), refusals);
            }
            catch (HubException refused)
            {
                // The hub's own limit answers within 10 s, in words a person understands, and the connection stays.
                Assert.True(attempt.Elapsed < TimeSpan.FromSeconds(10), $"A refusal took {attempt.Elapsed.TotalSeconds:0.0} s.");
                Assert.Contains(TryAgain, t => refused.Message.Contains(t, StringComparison.OrdinalIgnoreCase));
                Assert.Equal(HubConnectionState.Connected, connection.Hub.State);
            }
        }
    }

    /// <summary>One person's connection and the sequences their page holds: the join's replay, then what arrived live.</summary>
    private sealed record Attendee(string Email, RoomConnection Connection, List<long> FromJoin, long SnapshotLast)
    {
        /// <summary>What the page shows, in order: it keeps a live event only when it is newer than the last it holds.</summary>
        public List<long> Seen()
        {
            var seen = new List<long>(FromJoin);
            var last = Math.Max(SnapshotLast, seen.Count > 0 ? seen[^1] : 0);
            foreach (var sequence in Connection.Received.Where(s => s > 0))
            {
                if (sequence > last)
                {
                    seen.Add(sequence);
                    last = sequence;
                }
            }

            return seen;
        }
    }
}
