using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The stretches of time people spent in one webinar's room, as rows: opened when someone comes in, closed when
/// their last connection leaves or the webinar ends, marked as seen once a minute while they are there, and closed
/// at that last mark when nobody holds them any more (their node, or the grain's, died).
/// </summary>
/// <remarks>
/// A national webinar holds tens of thousands of open stretches. The sets of them travel as one array parameter
/// (<see cref="EF.Parameter{T}"/>), never as one SQL parameter each: SQLite refuses a statement with more than
/// 32 766 of them and SQL Server with more than 2 100, and even below that a statement of thousands of parameters
/// costs the node seconds of CPU every minute.
/// </remarks>
public sealed class AttendanceLedger(IDbContextFactory<AcademyDbContext> databases, Guid webinarId)
{
    /// <summary>
    /// The open stretch of each person, read once when the grain activates: after a node died, a thousand people
    /// rejoin at once, and finding theirs here keeps each Join in the grain's turn free of database round trips.
    /// </summary>
    private readonly Dictionary<Guid, long> _open = [];

    public async Task LoadAsync(AcademyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        _open.Clear();
        foreach (var (userId, id) in await Open(db).OrderBy(a => a.Id).Select(a => new ValueTuple<Guid, long>(a.UserId, a.Id)).ToListAsync(cancellationToken))
        {
            _open[userId] = id;
        }
    }

    /// <summary>A new stretch, or the one still open for the person: after a grain moved, the people it counted come back and their stretch goes on.</summary>
    public async Task<long> OpenAsync(Guid userId, DateTime now) => (await OpenAllAsync([userId], now))[userId];

    /// <summary>The stretch of each person, those without an open one getting a new one, all in one save.</summary>
    public async Task<IReadOnlyDictionary<Guid, long>> OpenAllAsync(IReadOnlyCollection<Guid> userIds, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var fresh = userIds.Where(u => !_open.ContainsKey(u)).Distinct()
            .Select(u => new WebinarAttendance { WebinarId = webinarId, UserId = u, JoinedAt = now, SeenAt = now }).ToList();
        if (fresh.Count > 0)
        {
            await using var db = await databases.CreateDbContextAsync();
            db.WebinarAttendance.AddRange(fresh);
            await db.SaveChangesAsync();
            fresh.ForEach(s => _open[s.UserId] = s.Id);
        }

        return userIds.Distinct().ToDictionary(u => u, u => _open[u]);
    }

    public async Task CloseAsync(Guid userId, long stretch, DateTime now)
    {
        _open.Remove(userId);
        await using var db = await databases.CreateDbContextAsync();
        await Open(db).Where(a => a.Id == stretch).ExecuteUpdateAsync(a => a.SetProperty(x => x.LeftAt, now).SetProperty(x => x.SeenAt, now));
    }

    public async Task CloseAllAsync(DateTime now)
    {
        _open.Clear();
        await using var db = await databases.CreateDbContextAsync();
        await Open(db).ExecuteUpdateAsync(a => a.SetProperty(x => x.LeftAt, now).SetProperty(x => x.SeenAt, now));
    }

    /// <summary>The heartbeat: every stretch the grain holds was still going on at <paramref name="now"/>.</summary>
    public async Task MarkSeenAsync(IReadOnlyCollection<long> held, DateTime now)
    {
        if (held.Count == 0)
        {
            return;
        }

        var ids = held.ToArray();
        await using var db = await databases.CreateDbContextAsync();
        await Open(db).Where(a => EF.Parameter(ids).Contains(a.Id)).ExecuteUpdateAsync(a => a.SetProperty(x => x.SeenAt, now));
    }

    /// <summary>Open stretches nobody holds that were last seen at or before <paramref name="silentSince"/> end at that last sighting.</summary>
    public async Task CloseAbandonedAsync(IReadOnlyCollection<long> held, DateTime silentSince)
    {
        await using var db = await databases.CreateDbContextAsync();
        // Few rows go silent (a held one is marked every minute), so they are read first and the held ones left out here.
        var silent = await Open(db).Where(a => a.SeenAt <= silentSince).Select(a => a.Id).ToListAsync();
        var abandoned = silent.Except(held).ToArray();
        if (abandoned.Length > 0)
        {
            Forget(abandoned);
            await Open(db).Where(a => EF.Parameter(abandoned).Contains(a.Id)).ExecuteUpdateAsync(a => a.SetProperty(x => x.LeftAt, x => x.SeenAt));
        }
    }

    /// <summary>
    /// Closes the open ones of <paramref name="stretches"/> at <paramref name="now"/> as part of a save the caller
    /// makes: ending a webinar stores the end, the closed attendance and the credits together or not at all.
    /// </summary>
    public static void CloseAllIn(AcademyDbContext db, IEnumerable<WebinarAttendance> stretches, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var open in stretches.Where(s => s.LeftAt is null))
        {
            var row = new WebinarAttendance { Id = open.Id, WebinarId = open.WebinarId, UserId = open.UserId, JoinedAt = open.JoinedAt, SeenAt = open.SeenAt };
            db.WebinarAttendance.Attach(row);
            (row.LeftAt, row.SeenAt) = (now, now);
        }
    }

    /// <summary>The stretches as they are once the open ones end at <paramref name="now"/>.</summary>
    public static IEnumerable<WebinarAttendance> Closed(IEnumerable<WebinarAttendance> stretches, DateTime now) =>
        stretches.Select(s => s.LeftAt is null
            ? new WebinarAttendance { Id = s.Id, WebinarId = s.WebinarId, UserId = s.UserId, JoinedAt = s.JoinedAt, SeenAt = now, LeftAt = now }
            : s);

    /// <summary>Once the webinar ended (its stretches closed in <see cref="CloseAllIn"/>), none is open any more.</summary>
    public void Ended() => _open.Clear();

    public async Task<IReadOnlyList<WebinarAttendance>> StretchesAsync()
    {
        await using var db = await databases.CreateDbContextAsync();
        return await db.WebinarAttendance.AsNoTracking().Where(a => a.WebinarId == webinarId).ToListAsync();
    }

    private void Forget(long[] closed)
    {
        var ids = closed.ToHashSet();
        foreach (var userId in _open.Where(o => ids.Contains(o.Value)).Select(o => o.Key).ToList())
        {
            _open.Remove(userId);
        }
    }

    private IQueryable<WebinarAttendance> Open(AcademyDbContext db) => db.WebinarAttendance.Where(a => a.WebinarId == webinarId && a.LeftAt == null);
}
