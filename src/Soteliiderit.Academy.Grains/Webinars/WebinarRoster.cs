using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>The two roster rules the webinar grain and the pages must read the same way: who hosts, and the waiting list's order.</summary>
public static class WebinarRoster
{
    /// <summary>The waiting list in its order: first come, first served (the id only breaks exact ties).</summary>
    public static IOrderedQueryable<WebinarRegistration> WaitingLine(this IQueryable<WebinarRegistration> registrations, Guid webinarId) =>
        registrations.Where(r => r.WebinarId == webinarId && r.State == RegistrationState.Waiting).OrderBy(r => r.RegisteredAt).ThenBy(r => r.UserId);

    /// <summary>1 for the first in line; 0 when the person is not waiting.</summary>
    public static async Task<int> PlaceInLineAsync(AcademyDbContext db, Guid webinarId, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var line = await db.WebinarRegistrations.WaitingLine(webinarId).Select(r => r.UserId).ToListAsync();
        return line.IndexOf(userId) + 1;
    }

    /// <summary>
    /// Whether the person may change the webinar's plan, cancel it or set its recording: its creator and admins.
    /// Co-facilitators moderate the room; the plan is not theirs.
    /// </summary>
    public static bool Manages(Webinar webinar, Participant who)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        ArgumentNullException.ThrowIfNull(who);
        return who.IsAdmin || webinar.CreatedBy == who.UserId;
    }

    /// <summary><see cref="Manages(Webinar, Participant)"/> for a webinar not loaded yet (false when there is none, for non-admins).</summary>
    public static async Task<bool> ManagesAsync(AcademyDbContext db, Guid webinarId, Participant who)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(who);
        return who.IsAdmin || await db.Webinars.AnyAsync(w => w.Id == webinarId && w.CreatedBy == who.UserId);
    }

    /// <summary>Whether the person created the webinar or is one of its co-facilitators (admins host every webinar besides).</summary>
    public static async Task<bool> IsHostAsync(AcademyDbContext db, Guid webinarId, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Webinars.AnyAsync(w => w.Id == webinarId && w.CreatedBy == userId)
            || await db.WebinarHosts.AnyAsync(h => h.WebinarId == webinarId && h.UserId == userId);
    }
}
