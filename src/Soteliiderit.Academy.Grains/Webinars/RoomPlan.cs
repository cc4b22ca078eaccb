using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The plan as the live room reads it (its grain writes it): who hosts, when the room opens, how many slides the
/// deck has and what attendance earns toward the course.
/// </summary>
public sealed class RoomPlan
{
    private readonly HashSet<Guid> _hosts = [];

    /// <summary>The plan's row, or null for a webinar nobody scheduled.</summary>
    public Webinar? Webinar { get; private set; }

    /// <summary>How many slides the deck has (a PDF one per page), so SetSlide cannot point past its end.</summary>
    public int DeckSize { get; private set; }

    /// <summary>Whether the plan says scheduled: not cancelled, and not yet told the room ended.</summary>
    public bool Scheduled => Webinar is { Status: WebinarStatus.Scheduled };

    public async Task LoadAsync(AcademyDbContext db, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        Webinar = await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        _hosts.Clear();
        if (Webinar is not null)
        {
            _hosts.Add(Webinar.CreatedBy);
            _hosts.UnionWith(await db.WebinarHosts.Where(h => h.WebinarId == id).Select(h => h.UserId).ToListAsync(cancellationToken));
            DeckSize = (await SlideDeck.LoadAsync(db, Webinar.Slides, cancellationToken)).Count;
        }
    }

    /// <summary>The webinar's creator and co-facilitators.</summary>
    public IReadOnlyList<Guid> Hosts => [.. _hosts];

    public bool Facilitates(Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.IsAdmin || _hosts.Contains(who.UserId);
    }

    public Webinar Require() =>
        Webinar is { Status: not WebinarStatus.Cancelled } webinar ? webinar : throw RuleViolationException.NotFound("WebinarNotFound");

    public void RequireFacilitator(Participant who)
    {
        Require();
        if (!Facilitates(who))
        {
            throw RuleViolationException.Forbidden("NotAllowed");
        }
    }

    /// <summary>Hosts may come in early to get ready; everyone else waits for the lobby to open.</summary>
    public void RequireLobbyOpen(Participant who, DateTime now)
    {
        var webinar = Require();
        if (!Facilitates(who) && now < webinar.StartsAt.AddMinutes(-webinar.LobbyMinutes))
        {
            throw RuleViolationException.Invalid("RoomNotOpen");
        }
    }

    /// <summary>Whether the webinar ran past its end and <see cref="WebinarSessionGrain.ClosingGrace"/> without anyone ending it.</summary>
    public bool IsForgotten(DateTime now) =>
        Webinar is { Status: WebinarStatus.Scheduled } webinar && now >= webinar.StartsAt.AddMinutes(webinar.DurationMinutes) + WebinarSessionGrain.ClosingGrace;

    /// <summary>Whether the deck reaches <paramref name="slide"/>, counting it afresh when it seems not to (a slide published again, a longer PDF).</summary>
    public async Task<bool> HoldsSlideAsync(IDbContextFactory<AcademyDbContext> databases, int slide)
    {
        ArgumentNullException.ThrowIfNull(databases);
        if (slide > DeckSize)
        {
            await using var db = await databases.CreateDbContextAsync();
            DeckSize = (await SlideDeck.LoadAsync(db, Require().Slides)).Count;
        }

        return slide >= 1 && slide <= DeckSize;
    }

    /// <summary>
    /// When the webinar counts toward a course, each attendee's share of the time it ran becomes a credit (hosts
    /// earn none); the course decides what share is enough.
    /// </summary>
    public List<WebinarCredit> CreditsFor(IEnumerable<WebinarAttendance> stretches, DateTime endedAt)
    {
        var webinar = Require();
        if (webinar.CourseId is not { } courseId)
        {
            return [];
        }

        var ran = new Webinar { StartsAt = webinar.StartsAt, DurationMinutes = webinar.DurationMinutes, EndedAt = endedAt };
        return [.. stretches.GroupBy(a => a.UserId).Where(g => !_hosts.Contains(g.Key)).Select(g => new WebinarCredit
        {
            UserId = g.Key,
            WebinarId = webinar.Id,
            CourseId = courseId,
            AttendedPercent = AttendanceShare.Of(g, ran).Percent,
            CreditedAt = endedAt,
        })];
    }

    /// <summary>The plan's grain stored the end the room told it.</summary>
    public void MarkEnded(DateTime endedAt)
    {
        var webinar = Require();
        (webinar.Status, webinar.EndedAt) = (WebinarStatus.Ended, endedAt);
    }
}
