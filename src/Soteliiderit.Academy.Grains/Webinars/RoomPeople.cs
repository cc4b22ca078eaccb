using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// Who is in the room, with their hands and their attendance: a person's first connection opens their stretch (or
/// continues the one still open after the grain moved), and their stay ends, their hand comes down and their stretch
/// closes when their last connection leaves or every node that held one went silent.
/// </summary>
public sealed class RoomPeople(IDbContextFactory<AcademyDbContext> databases, Guid webinarId)
{
    private readonly RoomPresence _present = new();

    public RaisedHands Hands { get; } = new();

    public AttendanceLedger Attendance { get; } = new(databases, webinarId);

    public int Count => _present.Count;

    public IReadOnlyList<Attendee> Attendees => _present.Attendees;

    public bool Contains(Guid userId) => _present.Contains(userId);

    public Task LoadAsync(AcademyDbContext db, CancellationToken cancellationToken) => Attendance.LoadAsync(db, cancellationToken);

    public async Task ArriveAsync(Participant who, bool hosting, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!_present.AddConnection(who.UserId, who.Node))
        {
            _present.Arrive(who.UserId, who.Name, hosting, await Attendance.OpenAsync(who.UserId, now), who.Node);
        }
    }

    /// <summary>
    /// The connections a node holds, as it vouches for them to an activation that does not know them yet: whoever is
    /// not here arrives, their open stretch going on (new stretches are written in one save). True when anyone arrived.
    /// </summary>
    public async Task<bool> VouchAsync(IReadOnlyList<Participant> connections, Func<Participant, bool> hosting, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(hosting);
        var arriving = connections.GroupBy(c => c.UserId).Where(p => !_present.HoldAtLeast(p.Key, p.First().Node, p.Count())).ToList();
        if (arriving.Count == 0)
        {
            return false;
        }

        var stretches = await Attendance.OpenAllAsync([.. arriving.Select(p => p.Key)], now);
        foreach (var person in arriving)
        {
            var who = person.First();
            _present.Arrive(who.UserId, who.Name, hosting(who), stretches[who.UserId], who.Node, person.Count());
        }

        return true;
    }

    /// <summary>One of the person's connections left; true when it was their last and they are gone.</summary>
    public async Task<bool> LeaveAsync(Participant who, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (_present.RemoveConnection(who.UserId, who.Node) is not { } stretch)
        {
            return false;
        }

        Hands.Lower(who.UserId);
        await Attendance.CloseAsync(who.UserId, stretch, now);
        return true;
    }

    /// <summary>
    /// Lets go of people whose every connection was on a node that went silent: the hands queue without them, or null
    /// when nobody left. Their stretches stay open until <see cref="CloseAbandonedAsync"/> finds nobody held them.
    /// </summary>
    public IReadOnlyList<RaisedHand>? DropSilentNodes(Func<string, bool> isSilent)
    {
        var gone = _present.DropSilentNodes(isSilent);
        foreach (var userId in gone)
        {
            Hands.Lower(userId);
        }

        return gone.Count > 0 ? Hands.Queue : null;
    }

    public Task MarkSeenAsync(DateTime now) => Attendance.MarkSeenAsync(_present.OpenStretches, now);

    public Task CloseAbandonedAsync(DateTime silentSince) => Attendance.CloseAbandonedAsync(_present.OpenStretches, silentSince);

    /// <summary>The webinar ended, its stretches closed in the end's own save: nobody is here any more.</summary>
    public void Ended()
    {
        _present.Clear();
        Hands.Clear();
        Attendance.Ended();
    }

    /// <summary>The grain goes (a graceful stop, or idle): whoever is still here leaves now.</summary>
    public async Task LeaveAllAsync(DateTime now)
    {
        if (_present.Count > 0)
        {
            await Attendance.CloseAllAsync(now);
            _present.Clear();
        }
    }
}
