using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>
/// The hub's own time limit: a Join caught while the session grain cannot answer (its node died, its database is
/// stuck) is told to try again within one limit however many steps it takes, and the grain letting them in after
/// all does not leave them counted.
/// </summary>
public sealed class WebinarHubTimeLimitTests : IDisposable, IAsyncLifetime
{
    private static readonly Participant Facilitator = new(Guid.NewGuid(), "Kaisa Kouluttaja", IsAdmin: true);

    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private GrainTestHost _host = null!;
    private RoomFeedRegistry _feeds = null!;

    public async Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        var hub = Substitute.For<IHubContext<WebinarHub, IWebinarClient>>();
        var metrics = new RoomMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        _feeds = new RoomFeedRegistry(_host.Grains, hub, new PresenceBroadcast(hub, _host.Time), metrics, _host.Time, NullLogger<WebinarRoomFeed>.Instance);
        await _database.AddOpenWebinarAsync(_webinarId, _host.Time.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        await _host.DisposeAsync();
        await _services.DisposeAsync();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_join_the_grain_cannot_answer_is_told_to_try_again_within_the_limit_and_is_not_counted_when_it_gets_in_later()
    {
        var session = _host.Session(_webinarId);
        await session.Join(Facilitator, 0);
        var anna = Guid.NewGuid();
        var hub = Hub(anna, "Anna Korhonen", "annan-yhteys");
        using var failedCalls = new MetricCollector<long>(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), RoomMetrics.MeterName, "academy.webinar.failed_grain_calls");

        // Another writer holds the database: the grain's Join waits to open Anna's attendance.
        await using (var blocker = new SqliteConnection(_database.ConnectionString))
        {
            await blocker.OpenAsync();
            await using (var hold = blocker.CreateCommand())
            {
                hold.CommandText = "BEGIN EXCLUSIVE";
                await hold.ExecuteNonQueryAsync();
            }

            var asked = Stopwatch.StartNew();
            var refused = await Assert.ThrowsAsync<HubException>(() => hub.Join(_webinarId, 0));
            var answeredAfter = asked.Elapsed;

            Assert.Equal("«Errors.TryAgain»", refused.Message);
            Assert.InRange(answeredAfter, WebinarHub.CallLimit - TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
            Assert.Equal("Join", Assert.Single(failedCalls.GetMeasurementSnapshot()).Tags["method"]);
        }

        // The database is free again: the grain lets Anna in after all, and she leaves again at once.
        await LeftAgainAsync(anna);
        Assert.Equal([Facilitator.UserId], (await session.GetAttendees(Facilitator)).Select(a => a.UserId));
    }

    /// <summary>Waits (40 s at most) until the late Join's stretch of attendance was written and closed: she left again.</summary>
    private async Task LeftAgainAsync(Guid userId)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            await using var db = _database.CreateContext();
            if (db.WebinarAttendance.Any(a => a.UserId == userId && a.LeftAt != null))
            {
                return;
            }

            Assert.True(limit.Elapsed < TimeSpan.FromSeconds(40), "The Join that got in late never left again.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private WebinarHub Hub(Guid userId, string name, string connectionId)
    {
        var localizer = Substitute.For<IStringLocalizer<SharedResource>>();
        localizer[Arg.Any<string>()].Returns(call => new LocalizedString((string)call[0], $"«{call[0]}»"));
        var features = new FeatureCollection();
        features.Set<IHttpContextFeature>(new HttpContextFeature(new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(localizer).BuildServiceProvider(),
        }));
        var context = Substitute.For<HubCallerContext>();
        context.ConnectionId.Returns(connectionId);
        context.User.Returns(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, name)], "test")));
        context.Items.Returns(new Dictionary<object, object?>());
        context.Features.Returns(features);
        return new WebinarHub(_host.Grains, _feeds, new RoomMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()))
        {
            Context = context,
            Groups = Substitute.For<IGroupManager>(),
        };
    }

    private sealed class HttpContextFeature(HttpContext context) : IHttpContextFeature
    {
        public HttpContext? HttpContext { get; set; } = context;
    }
}
