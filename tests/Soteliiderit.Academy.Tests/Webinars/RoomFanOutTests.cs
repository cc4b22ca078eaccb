using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>
/// A webinar's changes reach every node that holds connections of it, on a cluster of two silos: each node (here a
/// feed with its own observer) gets every event once and in order, fills a gap from the grain, and finds a
/// re-activated grain again at its next renewal.
/// </summary>
public sealed class RoomFanOutTests : IDisposable, IAsyncLifetime
{
    private static readonly Participant Anna = new(Guid.NewGuid(), "Anna Korhonen");

    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private readonly List<WebinarRoomFeed> _feeds = [];
    private readonly List<IHubContext<WebinarHub, IWebinarClient>> _hubs = [];
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private RoomMetrics _metrics = null!;
    private GrainTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = new GrainTestHost(_database, silos: 2);
        _metrics = new RoomMetrics(_meters.GetRequiredService<IMeterFactory>());
        await _database.AddOpenWebinarAsync(_webinarId, _host.Time.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync()
    {
        foreach (var feed in _feeds)
        {
            await feed.DisposeAsync();
        }

        await _host.DisposeAsync();
        await _meters.DisposeAsync();
    }

    public void Dispose() => _database.Dispose();

    private IWebinarSessionGrain Session => _host.Session(_webinarId);

    [Fact]
    public async Task Every_node_gets_every_event_once_and_in_order()
    {
        using var fannedOut = new MetricCollector<long>(_meters.GetRequiredService<IMeterFactory>(), RoomMetrics.MeterName, "academy.webinar.events_fanned_out");
        var (nodeA, nodeB) = (await NodeAsync(), await NodeAsync());
        var people = Enumerable.Range(1, 4).Select(i => new Participant(Guid.NewGuid(), $"Esihenkilö {i}")).ToList();
        foreach (var person in people)
        {
            await Session.Join(person, 0);
        }

        await Task.WhenAll(people.SelectMany(person => Enumerable.Range(1, 5).Select(i => Session.SendChat(person, $"viesti {i}"))).ToList());
        await nodeA.WaitForAsync(20);
        await nodeB.WaitForAsync(20);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), nodeA.Sequences);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), nodeB.Sequences);
        Assert.Equal(40, fannedOut.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    [Fact]
    public async Task A_node_drops_what_it_already_delivered_and_fills_a_gap_from_the_grain()
    {
        var room = await NodeAsync();
        var feed = _feeds[0];
        await Session.Join(Anna, 0);
        var first = await Session.SendChat(Anna, "yksi");
        await room.WaitForAsync(1);
        await Session.Unsubscribe(feed.Reference!);
        await Session.SendChat(Anna, "kaksi");
        var third = await Session.SendChat(Anna, "kolme");

        // A repeat of the first event, then the third without the second (as if a message was lost on the way).
        await feed.Deliver(new RoomDelivery(Event: first));
        await feed.Deliver(new RoomDelivery(Event: third));

        Assert.Equal([1L, 2L, 3L], room.Sequences);
    }

    [Fact]
    public async Task Someone_let_in_while_their_node_lags_behind_the_grain_does_not_get_again_what_their_join_answer_held()
    {
        var attendees = new RoomRecorder();
        await NodeAsync(new RoomRecorder(), attendees);
        var feed = _feeds[0];
        await Session.Join(Anna, 0);
        await Session.SendChat(Anna, "yksi");
        await attendees.WaitForAsync(1);
        await Session.Unsubscribe(feed.Reference!);
        await Session.SendChat(Anna, "kaksi");
        await Session.SendChat(Anna, "kolme");
        var bertta = new Participant(Guid.NewGuid(), "Bertta Lindqvist");
        var answer = await Session.Join(bertta, 0);
        var admittedAfter = -1;
        _hubs[0].Groups.When(g => g.AddToGroupAsync("bertta", WebinarGroups.Attendees(_webinarId), Arg.Any<CancellationToken>()))
            .Do(_ => admittedAfter = attendees.Sequences.Count);

        await feed.AdmitAsync("bertta", bertta, answer);
        var fourth = await Session.SendChat(Anna, "neljä");
        await feed.Deliver(new RoomDelivery(Event: fourth));

        Assert.Equal(3, answer.LastSequence);
        Assert.Equal([4L], attendees.Sequences.Skip(admittedAfter));
    }

    [Fact]
    public async Task A_re_activated_grain_finds_the_nodes_again_at_their_renewal_and_they_get_what_it_stored_meanwhile()
    {
        var (nodeA, nodeB) = (await NodeAsync(), await NodeAsync());
        await Session.Join(Anna, 0);
        await Session.SendChat(Anna, "ennen");
        await nodeA.WaitForAsync(1);
        await nodeB.WaitForAsync(1);

        await _host.DeactivateAsync(Session);
        await Session.Join(Anna, 0);
        await Session.SendChat(Anna, "uuden aktivoinnin aikana");
        _host.Time.Advance(WebinarRoomFeed.Renewal);
        await nodeA.WaitForAsync(2);
        await nodeB.WaitForAsync(2);
        await Session.SendChat(Anna, "uusinnan jälkeen");
        await nodeA.WaitForAsync(3);
        await nodeB.WaitForAsync(3);

        Assert.Equal([1L, 2L, 3L], nodeA.Sequences);
        Assert.Equal([1L, 2L, 3L], nodeB.Sequences);
    }

    [Fact]
    public async Task A_connection_that_stops_reading_does_not_hold_up_the_rest_of_the_room_on_its_node()
    {
        var attendees = new RoomRecorder();
        await NodeAsync(facilitators: new StalledClient(), attendees);
        await Session.Join(Anna, 0);

        await Session.SendChat(Anna, "yksi");
        await Session.SendChat(Anna, "kaksi");
        await attendees.WaitForAsync(2);

        Assert.Equal([1L, 2L], attendees.Sequences);
    }

    [Fact]
    public async Task A_lowered_hand_and_a_mute_reach_the_person_on_whichever_node_they_are_and_none_of_their_other_tabs()
    {
        var facilitator = new Participant(Guid.NewGuid(), "Kaisa Kouluttaja", IsAdmin: true);
        await NodeAsync();
        await NodeAsync();
        var annasTab = new RoomRecorder();
        var annasOtherTabs = new RoomRecorder();
        _hubs[1].Clients.Clients(Arg.Is<IReadOnlyList<string>>(ids => ids.Count == 1 && ids[0] == "annan-välilehti")).Returns(annasTab);
        _hubs[1].Clients.User(Anna.UserId.ToString()).Returns(annasOtherTabs);
        await _feeds[1].AdmitAsync("annan-välilehti", Anna, await Session.Join(Anna, 0));
        await Session.Join(facilitator, 0);

        await Session.RaiseHand(Anna);
        await Session.LowerHand(facilitator, Anna.UserId);
        await Session.Mute(facilitator, Anna.UserId, 10);
        await annasTab.WaitUntilAsync(() => annasTab.Mutes.Count == 1 && annasTab.Hands.Count == 1);

        Assert.Empty(Assert.Single(annasTab.Hands));
        Assert.Equal(_host.Time.GetUtcNow().UtcDateTime.AddMinutes(10), Assert.Single(annasTab.Mutes));
        Assert.Equal(_host.Time.GetUtcNow().UtcDateTime.AddMinutes(10), (await Session.Join(Anna, 0)).MutedUntil);
        Assert.Empty(annasOtherTabs.Hands);
        Assert.Empty(annasOtherTabs.Mutes);
    }

    [Fact]
    public async Task A_co_facilitator_taken_off_the_plan_stops_getting_the_facilitators_view_on_every_node_at_once()
    {
        var coHost = new Participant(await _database.AddUserAsync("Matti Mäkinen"), "Matti Mäkinen");
        await using (var db = _database.CreateContext())
        {
            db.WebinarHosts.Add(new WebinarHost { WebinarId = _webinarId, UserId = coHost.UserId });
            await db.SaveChangesAsync();
        }

        await NodeAsync();
        await NodeAsync();
        var joined = await Session.Join(coHost, 0);
        await _feeds[1].AdmitAsync("matin-välilehti", coHost, joined);
        var movedToAttendees = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hubs[1].Groups.When(g => g.RemoveFromGroupAsync("matin-välilehti", WebinarGroups.Facilitators(_webinarId), Arg.Any<CancellationToken>()))
            .Do(_ => movedToAttendees.TrySetResult());

        await using (var db = _database.CreateContext())
        {
            await db.WebinarHosts.Where(h => h.UserId == coHost.UserId).ExecuteDeleteAsync();
        }

        await Session.Refresh();
        await movedToAttendees.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(joined.IsFacilitator);
        await _hubs[1].Groups.Received(1).AddToGroupAsync("matin-välilehti", WebinarGroups.Attendees(_webinarId), Arg.Any<CancellationToken>());
    }

    /// <summary>A node of its own: a feed whose room (both audiences' groups) is one recorder.</summary>
    private Task<RoomRecorder> NodeAsync() => NodeAsync(new RoomRecorder(), new RoomRecorder());

    private async Task<RoomRecorder> NodeAsync<TFacilitators>(TFacilitators facilitators, RoomRecorder attendees)
        where TFacilitators : IWebinarClient
    {
        var clients = Substitute.For<IHubClients<IWebinarClient>>();
        clients.Group(WebinarGroups.Facilitators(_webinarId)).Returns(facilitators);
        clients.Group(WebinarGroups.Attendees(_webinarId)).Returns(attendees);
        var hub = Substitute.For<IHubContext<WebinarHub, IWebinarClient>>();
        hub.Clients.Returns(clients);
        var feed = new WebinarRoomFeed(_webinarId, _host.Grains, hub, new PresenceBroadcast(hub, _host.Time), _metrics, _host.Time, NullLogger.Instance);
        await feed.StartAsync();
        _feeds.Add(feed);
        _hubs.Add(hub);
        return facilitators as RoomRecorder ?? attendees;
    }

    /// <summary>A connection whose network stopped: nothing sent to it ever completes.</summary>
    private sealed class StalledClient : IWebinarClient
    {
        private static readonly Task Never = new TaskCompletionSource().Task;

        public Task Chat(SessionEvent change) => Never;

        public Task MessageDeleted(SessionEvent change) => Never;

        public Task Question(SessionEvent change) => Never;

        public Task Poll(SessionEvent change) => Never;

        public Task Slide(SessionEvent change) => Never;

        public Task Ended(SessionEvent change) => Never;

        public Task Presence(int attendeeCount) => Never;

        public Task Hand(IReadOnlyList<RaisedHand> queue) => Never;

        public Task Muted(DateTime until) => Never;
    }
}
