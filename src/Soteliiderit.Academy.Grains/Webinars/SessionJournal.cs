using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The room's root row and its latest events. A lasting change takes the next sequence and is stored with its own
/// rows, the row's new sequence and raised ETag in one save; memory follows only after the save, so a failed
/// write changes nothing.
/// </summary>
public sealed class SessionJournal(IDbContextFactory<AcademyDbContext> databases, Guid webinarId)
{
    /// <summary>The stored root row; an ETag of 0 means the room has not stored anything yet.</summary>
    private WebinarSession _room = new() { WebinarId = webinarId };

    /// <summary>The latest events, for replay and the recent chat.</summary>
    public SessionLog Log { get; } = new();

    public long LastSequence => _room.LastSequence;

    public int CurrentSlide => _room.CurrentSlide;

    public DateTime? EndedAt => _room.EndedAt;

    public async Task LoadAsync(AcademyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        _room = await db.WebinarSessions.AsNoTracking().SingleOrDefaultAsync(r => r.WebinarId == webinarId, cancellationToken)
            ?? new WebinarSession { WebinarId = webinarId };
        var events = await db.WebinarEvents.AsNoTracking().Where(e => e.WebinarId == webinarId)
            .OrderByDescending(e => e.Sequence).Take(SessionLog.ReplayWindow).ToListAsync(cancellationToken);
        Log.Load(events.OrderBy(e => e.Sequence).Select(e => GrainJson.Deserialize<SessionEvent>(e.PayloadJson)));
    }

    /// <param name="make">The event, given its sequence and time.</param>
    /// <param name="save">The grain's save, which refuses (and drops the activation) when another activation wrote first.</param>
    /// <param name="also">The change's own rows, stored in the same save.</param>
    /// <param name="root">What the change does to the root row beside its sequence.</param>
    public async Task<SessionEvent> AppendAsync(
        WebinarEventKind kind,
        Guid actor,
        DateTime now,
        Func<long, DateTime, SessionEvent> make,
        Func<AcademyDbContext, Task> save,
        Action<AcademyDbContext>? also = null,
        Action<WebinarSession>? root = null)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(save);
        var change = make(_room.LastSequence + 1, now);
        await using var db = await databases.CreateDbContextAsync();
        var row = new WebinarSession { WebinarId = webinarId, LastSequence = _room.LastSequence, CurrentSlide = _room.CurrentSlide, EndedAt = _room.EndedAt, ETag = _room.ETag };
        if (_room.ETag == 0)
        {
            db.WebinarSessions.Add(row);
        }
        else
        {
            db.WebinarSessions.Attach(row);
        }

        (row.LastSequence, row.ETag) = (change.Sequence, _room.ETag + 1);
        root?.Invoke(row);
        db.WebinarEvents.Add(new WebinarEvent { WebinarId = webinarId, Sequence = change.Sequence, Kind = kind, ActorId = actor, PayloadJson = GrainJson.Serialize(change), At = change.At });
        also?.Invoke(db);
        await save(db);

        _room = row;
        Log.Add(change);
        return change;
    }
}
