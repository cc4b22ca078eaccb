using Microsoft.EntityFrameworkCore;
using NSubstitute;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class AttendanceLedgerTests : IDisposable, IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private readonly AttendanceLedger _ledger;

    public AttendanceLedgerTests() => _ledger = new AttendanceLedger(_database, _webinarId);

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        db.Webinars.Add(new Webinar { Id = _webinarId, Status = WebinarStatus.Scheduled, TitleFi = "Kansallinen lähijohtamisen webinaari", StartsAt = Start, DurationMinutes = 90, Capacity = 50_000, OpenToAll = true, CreatedAt = Start });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_heartbeat_of_a_national_webinar_marks_all_forty_thousand_people_in_the_room_as_seen()
    {
        var held = await OpenStretchesAsync(40_000);
        var beat = Start.AddMinutes(1);

        await _ledger.MarkSeenAsync(held, beat);

        await using var db = _database.CreateContext();
        Assert.Equal(40_000, await db.WebinarAttendance.CountAsync(a => a.WebinarId == _webinarId && a.SeenAt == beat && a.LeftAt == null));
    }

    [Fact]
    public async Task Stretches_nobody_holds_any_more_end_at_their_last_heartbeat_and_held_ones_stay_open()
    {
        var stretches = await OpenStretchesAsync(4);
        var (held, abandoned) = (stretches[..2], stretches[2..]);
        await _ledger.MarkSeenAsync(stretches, Start.AddMinutes(1));
        await _ledger.MarkSeenAsync(held, Start.AddMinutes(2));
        await _ledger.MarkSeenAsync(held, Start.AddMinutes(3));

        await _ledger.CloseAbandonedAsync(held, silentSince: Start.AddMinutes(1));

        var rows = (await _ledger.StretchesAsync()).ToDictionary(a => a.Id);
        Assert.All(held, id => Assert.Null(rows[id].LeftAt));
        Assert.All(abandoned, id => Assert.Equal(Start.AddMinutes(1), rows[id].LeftAt));
    }

    [Fact]
    public async Task Someone_who_comes_back_while_their_stretch_is_open_continues_it_and_a_closed_one_is_not_reopened()
    {
        var userId = Guid.NewGuid();
        var first = await _ledger.OpenAsync(userId, Start);
        var again = await _ledger.OpenAsync(userId, Start.AddMinutes(5));
        await _ledger.CloseAsync(userId, first, Start.AddMinutes(10));
        var later = await _ledger.OpenAsync(userId, Start.AddMinutes(20));

        Assert.Equal(first, again);
        Assert.NotEqual(first, later);
        Assert.Equal([(Start, (DateTime?)Start.AddMinutes(10)), (Start.AddMinutes(20), null)],
            (await _ledger.StretchesAsync()).OrderBy(a => a.JoinedAt).Select(a => (a.JoinedAt, a.LeftAt)));
    }

    [Fact]
    public async Task A_thousand_people_rejoining_after_a_node_died_continue_their_stretches_without_waiting_on_the_database()
    {
        var stretches = await OpenStretchesAsync(1_000);
        await using var db = _database.CreateContext();
        var people = await db.WebinarAttendance.Where(a => a.WebinarId == _webinarId).ToDictionaryAsync(a => a.UserId, a => a.Id);
        var databases = Substitute.For<IDbContextFactory<AcademyDbContext>>();
        var moved = new AttendanceLedger(databases, _webinarId);

        await moved.LoadAsync(db, CancellationToken.None);
        var rejoined = new Dictionary<Guid, long>();
        foreach (var userId in people.Keys)
        {
            rejoined[userId] = await moved.OpenAsync(userId, Start.AddMinutes(3));
        }

        Assert.Equal(people, rejoined);
        Assert.Equal(stretches.Order(), rejoined.Values.Order());
        Assert.Empty(databases.ReceivedCalls());
    }

    private async Task<long[]> OpenStretchesAsync(int people)
    {
        await using var db = _database.CreateContext();
        var rows = Enumerable.Range(0, people).Select(_ => new WebinarAttendance { WebinarId = _webinarId, UserId = Guid.NewGuid(), JoinedAt = Start, SeenAt = Start }).ToList();
        db.WebinarAttendance.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }
}
