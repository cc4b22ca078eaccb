using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>The room's attendance ledger on the database the suite runs on, with more people than any provider takes SQL parameters.</summary>
public sealed class AttendanceAtScaleTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    /// <summary>Over PostgreSQL's 65 535 parameters a statement, SQLite's 32 766 and SQL Server's 2 100.</summary>
    private const int People = 70_000;

    [Fact]
    public async Task The_heartbeat_and_the_closing_of_abandoned_stretches_work_for_seventy_thousand_people()
    {
        var start = new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
        var ledger = new AttendanceLedger(app.Service<IDbContextFactory<AcademyDbContext>>(), DemoSeeder.DemoWebinar);
        var stretches = await OpenStretchesAsync(start);
        var held = stretches[..(People / 2)];

        await ledger.MarkSeenAsync(held, start.AddMinutes(3));
        await ledger.CloseAbandonedAsync(held, silentSince: start.AddMinutes(1));

        var (seen, closedAtLastSighting) = await app.QueryAsync(async db => (
            await db.WebinarAttendance.CountAsync(a => a.WebinarId == DemoSeeder.DemoWebinar && a.LeftAt == null && a.SeenAt == start.AddMinutes(3)),
            await db.WebinarAttendance.CountAsync(a => a.WebinarId == DemoSeeder.DemoWebinar && a.LeftAt == start)));
        Assert.Equal((People / 2, People / 2), (seen, closedAtLastSighting));
    }

    private async Task<long[]> OpenStretchesAsync(DateTime start) => await app.QueryAsync(async db =>
    {
        var rows = Enumerable.Range(0, People).Select(_ => new WebinarAttendance { WebinarId = DemoSeeder.DemoWebinar, UserId = Guid.NewGuid(), JoinedAt = start, SeenAt = start }).ToList();
        db.WebinarAttendance.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToArray();
    });
}
