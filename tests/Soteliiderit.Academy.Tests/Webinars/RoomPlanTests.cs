using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class RoomPlanTests : IDisposable, IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Participant Host = new(Guid.NewGuid(), "Kaisa Kouluttaja", IsAdmin: false);
    private static readonly Participant Anna = new(Guid.NewGuid(), "Anna Korhonen", IsAdmin: false);

    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private readonly RoomPlan _plan = new();

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        db.Webinars.Add(new Webinar { Id = _webinarId, Status = WebinarStatus.Scheduled, TitleFi = "Etäjohtamisen perusteet", StartsAt = Start, DurationMinutes = 60, LobbyMinutes = 15, Capacity = 100, CreatedBy = Host.UserId, CreatedAt = Start.AddDays(-7), CourseId = Guid.NewGuid() });
        await db.SaveChangesAsync();
        await _plan.LoadAsync(db, _webinarId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public void The_host_comes_in_before_the_lobby_opens_and_attendees_wait_for_it()
    {
        var early = Start.AddMinutes(-20);

        _plan.RequireLobbyOpen(Host, early);
        var waiting = Assert.Throws<RuleViolationException>(() => _plan.RequireLobbyOpen(Anna, early));
        _plan.RequireLobbyOpen(Anna, Start.AddMinutes(-15));

        Assert.Equal("RoomNotOpen", waiting.Code);
        Assert.Equal(RuleKind.Forbidden, Assert.Throws<RuleViolationException>(() => _plan.RequireFacilitator(Anna)).Kind);
    }

    [Fact]
    public void Attendees_earn_their_share_of_the_time_it_ran_and_hosts_earn_nothing()
    {
        List<WebinarAttendance> stretches =
        [
            new() { WebinarId = _webinarId, UserId = Anna.UserId, JoinedAt = Start, LeftAt = Start.AddMinutes(20) },
            new() { WebinarId = _webinarId, UserId = Anna.UserId, JoinedAt = Start.AddMinutes(30), LeftAt = Start.AddMinutes(40) },
            new() { WebinarId = _webinarId, UserId = Host.UserId, JoinedAt = Start.AddMinutes(-30), LeftAt = Start.AddMinutes(40) },
        ];

        // Ended after forty of its sixty minutes: Anna was there for thirty of them.
        var credits = _plan.CreditsFor(stretches, endedAt: Start.AddMinutes(40));

        var credit = Assert.Single(credits);
        Assert.Equal((Anna.UserId, 75), (credit.UserId, credit.AttendedPercent));
    }

    [Fact]
    public void A_webinar_nobody_ended_is_forgotten_only_after_its_end_and_the_grace()
    {
        var end = Start.AddMinutes(60) + WebinarSessionGrain.ClosingGrace;

        Assert.Equal((false, true), (_plan.IsForgotten(end.AddSeconds(-1)), _plan.IsForgotten(end)));
    }
}
