using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Orleans;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>
/// A node's feeds: a webinar whose grain does not answer (it is moving after a node died) holds up only its own
/// joiners, and a grain that re-activated hears at the next renewal who is still connected here.
/// </summary>
public sealed class RoomFeedRegistryTests : IDisposable, IAsyncLifetime
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IGrainFactory _grains = Substitute.For<IGrainFactory>();
    private readonly FakeTimeProvider _time = new();
    private readonly RoomFeedRegistry _registry;

    public RoomFeedRegistryTests()
    {
        var hub = Substitute.For<IHubContext<WebinarHub, IWebinarClient>>();
        _registry = new RoomFeedRegistry(_grains, hub, new PresenceBroadcast(hub, _time), new RoomMetrics(_meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), _time, NullLogger<WebinarRoomFeed>.Instance);
    }

    [Fact]
    public async Task A_webinar_whose_grain_does_not_answer_does_not_hold_up_joining_another_on_the_node()
    {
        var (stuck, fine) = (Guid.NewGuid(), Guid.NewGuid());
        Session(stuck).Subscribe(Arg.Any<IWebinarRoomObserver>()).Returns(new TaskCompletionSource<RoomSubscription>().Task);
        Session(fine).Subscribe(Arg.Any<IWebinarRoomObserver>()).Returns(new RoomSubscription(7, CountsNode: true));

        var waiting = _registry.OpenAsync(stuck, "yhteys-1");
        var opened = await _registry.OpenAsync(fine, "yhteys-2").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(fine, opened.WebinarId);
        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public async Task A_feed_that_could_not_subscribe_is_not_kept_and_the_next_joiner_subscribes_afresh()
    {
        var webinar = Guid.NewGuid();
        var session = Session(webinar);
        session.Subscribe(Arg.Any<IWebinarRoomObserver>()).Returns(Task.FromException<RoomSubscription>(new TimeoutException("no answer")), Task.FromResult(new RoomSubscription(3, CountsNode: true)));

        await Assert.ThrowsAsync<TimeoutException>(() => _registry.OpenAsync(webinar, "yhteys-1"));
        var opened = await _registry.OpenAsync(webinar, "yhteys-2");

        Assert.Equal(webinar, opened.WebinarId);
        await session.Received(2).Subscribe(Arg.Any<IWebinarRoomObserver>());
    }

    [Fact]
    public async Task A_re_activated_grain_hears_at_the_next_renewal_who_is_still_connected_here_and_not_who_left()
    {
        var webinar = Guid.NewGuid();
        var session = Session(webinar);
        session.Subscribe(Arg.Any<IWebinarRoomObserver>()).Returns(new RoomSubscription(0, CountsNode: true), new RoomSubscription(0, CountsNode: false));
        var vouched = new TaskCompletionSource<IReadOnlyList<Participant>>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Vouch(Arg.Any<IWebinarRoomObserver>(), Arg.Any<IReadOnlyList<Participant>>())
            .Returns(call => { vouched.TrySetResult(call.Arg<IReadOnlyList<Participant>>()); return Task.CompletedTask; });
        var (anna, pekka) = (new Participant(Guid.NewGuid(), "Anna Korhonen", Node: "tämä"), new Participant(Guid.NewGuid(), "Pekka Virtanen", Node: "tämä"));
        var feed = await _registry.OpenAsync(webinar, "yhteys-anna");
        await _registry.OpenAsync(webinar, "yhteys-pekka");
        await feed.AdmitAsync("yhteys-anna", anna, Snapshot());
        await feed.AdmitAsync("yhteys-pekka", pekka, Snapshot());
        await _registry.LeaveAsync(webinar, "yhteys-pekka");

        _time.Advance(WebinarRoomFeed.Renewal);

        Assert.Equal([anna], await vouched.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _registry.DisposeAsync();

    public void Dispose() => _meters.Dispose();

    private static SessionSnapshot Snapshot() => new(0, Fresh: true, [], [], [], null, false, 0, 1, false, false, [], []);

    private IWebinarSessionGrain Session(Guid webinarId)
    {
        var session = Substitute.For<IWebinarSessionGrain>();
        _grains.GetGrain<IWebinarSessionGrain>(webinarId.ToString(), Arg.Any<string?>()).Returns(session);
        return session;
    }
}
