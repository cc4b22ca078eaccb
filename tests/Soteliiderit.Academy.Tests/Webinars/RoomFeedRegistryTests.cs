using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Orleans;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>A node's feeds: a webinar whose grain does not answer (it is moving after a node died) holds up only its own joiners.</summary>
public sealed class RoomFeedRegistryTests : IDisposable, IAsyncLifetime
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IGrainFactory _grains = Substitute.For<IGrainFactory>();
    private readonly RoomFeedRegistry _registry;

    public RoomFeedRegistryTests()
    {
        var hub = Substitute.For<IHubContext<WebinarHub, IWebinarClient>>();
        var time = new FakeTimeProvider();
        _registry = new RoomFeedRegistry(_grains, hub, new PresenceBroadcast(hub, time), new RoomMetrics(_meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), time, NullLogger<WebinarRoomFeed>.Instance);
    }

    [Fact]
    public async Task A_webinar_whose_grain_does_not_answer_does_not_hold_up_joining_another_on_the_node()
    {
        var (stuck, fine) = (Guid.NewGuid(), Guid.NewGuid());
        Session(stuck).Subscribe(Arg.Any<IWebinarRoomObserver>()).Returns(new TaskCompletionSource<long>().Task);
        Session(fine).Subscribe(Arg.Any<IWebinarRoomObserver>()).Returns(7L);

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
        session.Subscribe(Arg.Any<IWebinarRoomObserver>()).Returns(Task.FromException<long>(new TimeoutException("no answer")), Task.FromResult(3L));

        await Assert.ThrowsAsync<TimeoutException>(() => _registry.OpenAsync(webinar, "yhteys-1"));
        var opened = await _registry.OpenAsync(webinar, "yhteys-2");

        Assert.Equal(webinar, opened.WebinarId);
        await session.Received(2).Subscribe(Arg.Any<IWebinarRoomObserver>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _registry.DisposeAsync();

    public void Dispose() => _meters.Dispose();

    private IWebinarSessionGrain Session(Guid webinarId)
    {
        var session = Substitute.For<IWebinarSessionGrain>();
        _grains.GetGrain<IWebinarSessionGrain>(webinarId.ToString(), Arg.Any<string?>()).Returns(session);
        return session;
    }
}
