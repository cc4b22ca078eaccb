using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>A webinar as lists show it, from the caller's point of view.</summary>
/// <param name="Registration">The caller's seat or place in the waiting list; null when not registered.</param>
/// <param name="Live">Whether it is running now: started, not ended, and not past the time a forgotten one closes.</param>
public sealed record WebinarListing(
    Guid Id,
    LocalizedText Title,
    DateTime StartsAt,
    int DurationMinutes,
    DateTime RoomOpensAt,
    WebinarStatus Status,
    bool OpenToAll,
    int Capacity,
    int SeatsTaken,
    int Waiting,
    RegistrationView? Registration,
    bool Hosting,
    bool RoomOpen,
    bool Live)
{
    /// <summary>Whether the caller is let into the room when it is open: hosts, anyone to an open webinar, people with a seat.</summary>
    public bool LetIn => Hosting || OpenToAll || Registration?.State == RegistrationState.Registered;

    /// <summary>Whether the caller may enter the room now: they are let in and it is open (hosts may come early).</summary>
    public bool CanJoin => LetIn && (RoomOpen || (Hosting && Status == WebinarStatus.Scheduled));

    public DateTime EndsAt => WebinarPlanRules.EndOf(StartsAt, DurationMinutes);
}

/// <summary>One slide of the deck (<see cref="SlideDeck"/>): an image, a page of a PDF, or another file offered as a link.</summary>
public sealed record SlideView(int Number, Guid MaterialId, LocalizedText Title, bool IsImage, bool IsPdf, int Page);

/// <param name="StreamUrl">Only for those let in (<see cref="WebinarListing.LetIn"/>), like the recording.</param>
/// <param name="Manages">Whether the caller may change the plan, cancel and set the recording: the creator and admins.</param>
/// <param name="ReportReaders">Whose registrations and attendance the caller reads (<see cref="WebinarDirectory.ReportScopeAsync"/>).</param>
public sealed record WebinarDetails(
    WebinarListing Listing,
    LocalizedText Description,
    int LobbyMinutes,
    bool QuestionsNeedApproval,
    string? StreamUrl,
    string? RecordingUrl,
    Guid? CourseId,
    LocalizedText? CourseTitle,
    IReadOnlyList<SlideView> Slides,
    IReadOnlyList<HostView> Hosts,
    DateTime? EndedAt,
    int CalendarSequence,
    bool Manages,
    ReportReaders ReportReaders);

/// <summary>Whose registrations and attendance a reader of a webinar's reports sees.</summary>
public enum ReportReaders
{
    Nobody,
    OwnOrganization,
    Everyone,
}

/// <param name="Email">For the webinar's hosts and admins only.</param>
public sealed record HostView(Guid UserId, string Name, string? Email);

/// <summary>What the academy shows about webinars: lists, one webinar, and the reports its hosts and HR read.</summary>
public sealed class WebinarDirectory(AcademyDbContext db, HrScope hrScope, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Upcoming (and running) webinars, soonest first; ended ones only with <paramref name="ended"/>.</summary>
    public async Task<IReadOnlyList<WebinarListing>> ListAsync(ClaimsPrincipal user, bool ended = false)
    {
        var status = ended ? WebinarStatus.Ended : WebinarStatus.Scheduled;
        var query = db.Webinars.AsNoTracking().Where(w => w.Status == status);
        var rows = await (ended ? query.OrderByDescending(w => w.StartsAt) : query.OrderBy(w => w.StartsAt)).Take(200).ToListAsync();
        return await ListingsAsync(user, rows);
    }

    /// <summary>
    /// The caller's webinars still to come or running: the ones they registered for (seat or waiting list) or host,
    /// and any open webinar that is live now, which they may simply walk into.
    /// </summary>
    public async Task<IReadOnlyList<WebinarListing>> MineAsync(ClaimsPrincipal user)
    {
        var me = user.UserId();
        var longestAgo = Now.AddMinutes(-WebinarGrain.MaxDurationMinutes) - WebinarSessionGrain.ClosingGrace;
        var rows = await db.Webinars.AsNoTracking()
            .Where(w => w.Status == WebinarStatus.Scheduled
                && (w.CreatedBy == me || db.WebinarHosts.Any(h => h.WebinarId == w.Id && h.UserId == me)
                    || db.WebinarRegistrations.Any(r => r.WebinarId == w.Id && r.UserId == me)
                    || (w.OpenToAll && w.StartsAt <= Now && w.StartsAt > longestAgo)))
            .OrderBy(w => w.StartsAt).ToListAsync();
        return [.. (await ListingsAsync(user, rows)).Where(w => !w.OpenToAll || w.Live || w.Hosting || w.Registration is not null)];
    }

    /// <summary>What the caller's registrations have to tell them: moved, cancelled, a seat given.</summary>
    public async Task<IReadOnlyList<(WebinarListing Webinar, RegistrationNotice Notice)>> NoticesAsync(ClaimsPrincipal user)
    {
        var me = user.UserId();
        var notices = await db.WebinarRegistrations.AsNoTracking().Where(r => r.UserId == me && r.Notice != null)
            .Select(r => new { r.WebinarId, r.Notice }).ToListAsync();
        var ids = notices.Select(n => n.WebinarId).ToList();
        var listings = await ListingsAsync(user, await db.Webinars.AsNoTracking().Where(w => ids.Contains(w.Id)).OrderBy(w => w.StartsAt).ToListAsync());
        return [.. listings.Select(l => (l, notices.Single(n => n.WebinarId == l.Id).Notice!.Value))];
    }

    public async Task<WebinarDetails?> FindAsync(ClaimsPrincipal user, Guid id)
    {
        var webinar = await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id);
        if (webinar is null || (webinar.Status == WebinarStatus.Cancelled && !await IsRegisteredOrHostAsync(user, webinar)))
        {
            return null;
        }

        var listing = (await ListingsAsync(user, [webinar]))[0];
        var manages = WebinarRoster.Manages(webinar, WebinarPlanning.Participant(user));
        var hosts = await db.WebinarHosts.Where(h => h.WebinarId == id).Select(h => h.UserId).ToListAsync();
        hosts.Insert(0, webinar.CreatedBy);
        var people = await db.Users.AsNoTracking().Where(u => hosts.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        var course = webinar.CourseId is { } courseId
            ? await db.Courses.AsNoTracking().Where(c => c.Id == courseId).Select(c => new { c.TitleFi, c.TitleSv, c.TitleEn }).SingleOrDefaultAsync()
            : null;
        return new WebinarDetails(
            listing,
            new LocalizedText(webinar.DescriptionFi, webinar.DescriptionSv, webinar.DescriptionEn),
            webinar.LobbyMinutes,
            webinar.QuestionsNeedApproval,
            listing.LetIn ? webinar.StreamUrl : null,
            listing.LetIn ? webinar.RecordingUrl : null,
            webinar.CourseId,
            course is null ? null : new LocalizedText(course.TitleFi, course.TitleSv, course.TitleEn),
            await SlidesAsync(webinar.Slides),
            [.. hosts.Where(people.ContainsKey).Select(h => new HostView(h, people[h].DisplayName, listing.Hosting ? people[h].Email : null))],
            webinar.EndedAt,
            webinar.CalendarSequence,
            manages,
            Readership(user, manages, listing.Hosting));
    }

    /// <summary>The deck; a slide taken back to draft is not shown, nor its title, until it is published again.</summary>
    public async Task<IReadOnlyList<SlideView>> SlidesAsync(IReadOnlyList<Guid> ids) =>
        [.. (await SlideDeck.LoadAsync(db, ids)).Select(s => new SlideView(
            s.Number, s.MaterialId, s.Title, s.ContentType.StartsWith("image/", StringComparison.Ordinal), s.ContentType == FileType.Pdf.ContentType, s.Page))];


    /// <summary>Whether the caller runs this webinar: its creator, a co-facilitator or an admin.</summary>
    public async Task<bool> HostsAsync(ClaimsPrincipal user, Guid webinarId)
    {
        return user.IsInRole(Roles.Admin) || await WebinarRoster.IsHostAsync(db, webinarId, user.UserId());
    }

    /// <summary>
    /// The people a report (registrations, attendance) may name, or null when the caller reads none: see
    /// <see cref="Readership"/>.
    /// </summary>
    public async Task<IQueryable<AcademyUser>?> ReportScopeAsync(ClaimsPrincipal user, Guid webinarId)
    {
        var me = user.UserId();
        var manages = await WebinarRoster.ManagesAsync(db, webinarId, WebinarPlanning.Participant(user));
        return Readership(user, manages, hosting: manages || await WebinarRoster.IsHostAsync(db, webinarId, me)) switch
        {
            ReportReaders.Everyone => db.Users.AsNoTracking(),
            ReportReaders.OwnOrganization => hrScope.People(user).AsNoTracking(),
            _ => null,
        };
    }

    /// <summary>
    /// Who reads a webinar's reports, and whose names they see. The creator, admins and co-facilitators who are
    /// facilitators run the webinar for every employer and see everyone. HR sees its own organization's people,
    /// also when co-hosting. A supervisor co-hosting a peer group moderates the room (where names show anyway),
    /// but other employers' e-mails and attendance are not theirs to read.
    /// </summary>
    private static ReportReaders Readership(ClaimsPrincipal user, bool manages, bool hosting) =>
        manages || (hosting && user.IsInRole(Roles.Facilitator)) ? ReportReaders.Everyone
        : HrScope.IsHr(user) ? ReportReaders.OwnOrganization
        : ReportReaders.Nobody;


    private async Task<bool> IsRegisteredOrHostAsync(ClaimsPrincipal user, Webinar webinar)
    {
        var me = user.UserId();
        return await HostsAsync(user, webinar.Id) || await db.WebinarRegistrations.AnyAsync(r => r.WebinarId == webinar.Id && r.UserId == me);
    }

    private async Task<IReadOnlyList<WebinarListing>> ListingsAsync(ClaimsPrincipal user, IReadOnlyList<Webinar> rows)
    {
        var me = user.UserId();
        var ids = rows.Select(w => w.Id).ToList();
        var counts = await db.WebinarRegistrations.Where(r => ids.Contains(r.WebinarId))
            .GroupBy(r => new { r.WebinarId, r.State }).Select(g => new { g.Key.WebinarId, g.Key.State, Count = g.Count() }).ToListAsync();
        var mine = await db.WebinarRegistrations.AsNoTracking().Where(r => ids.Contains(r.WebinarId) && r.UserId == me).ToListAsync();
        var places = new Dictionary<Guid, int>();
        foreach (var waiting in mine.Where(r => r.State == RegistrationState.Waiting))
        {
            places[waiting.WebinarId] = await WebinarRoster.PlaceInLineAsync(db, waiting.WebinarId, me);
        }

        var hosted = await db.WebinarHosts.Where(h => ids.Contains(h.WebinarId) && h.UserId == me).Select(h => h.WebinarId).ToListAsync();
        var admin = user.IsInRole(Roles.Admin);
        return [.. rows.Select(w =>
        {
            var opens = w.StartsAt.AddMinutes(-w.LobbyMinutes);
            var hosting = admin || w.CreatedBy == me || hosted.Contains(w.Id);
            var registration = mine.SingleOrDefault(r => r.WebinarId == w.Id) is { } r
                ? new RegistrationView(r.State, r.State == RegistrationState.Waiting ? places[w.Id] : null)
                : null;
            var open = w.Status == WebinarStatus.Scheduled && Now >= opens;
            // Running late still counts as live, until it is ended or closes by itself (the session grain's clock).
            var live = w.Status == WebinarStatus.Scheduled && Now >= w.StartsAt && Now < WebinarPlanRules.EndOf(w.StartsAt, w.DurationMinutes) + WebinarSessionGrain.ClosingGrace;
            return new WebinarListing(
                w.Id,
                new LocalizedText(w.TitleFi, w.TitleSv, w.TitleEn),
                w.StartsAt,
                w.DurationMinutes,
                opens,
                w.Status,
                w.OpenToAll,
                w.Capacity,
                counts.Where(c => c.WebinarId == w.Id && c.State == RegistrationState.Registered).Sum(c => c.Count),
                counts.Where(c => c.WebinarId == w.Id && c.State == RegistrationState.Waiting).Sum(c => c.Count),
                registration,
                hosting,
                open,
                live);
        })];
    }
}
