using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Units;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>
/// A supervisor who joins a unit (a new person, a moved one, a CSV import) gets the open assignments given to that
/// unit, to a unit above it with its sub-units, or to everyone in the organization, while they are still running.
/// </summary>
public sealed class AssignmentNewcomers(AcademyDbContext db, IGrainFactory grains, MailOutbox mail, TimeProvider time)
{
    /// <summary>
    /// Adds the person to the assignments their place calls for, and registers them for assigned webinars unless a
    /// transaction is open (a webinar's grain writes on its own connection: the import registers after its commit).
    /// </summary>
    public async Task GiveAsync(AcademyUser person)
    {
        ArgumentNullException.ThrowIfNull(person);
        // A person who moved to another employer leaves the old one's open assignments, which are not theirs to see.
        await db.AssignedPeople
            .Where(p => p.UserId == person.Id && db.Assignments.Any(a => a.Id == p.AssignmentId && a.WithdrawnAt == null && a.OrganizationId != person.OrganizationId))
            .ExecuteDeleteAsync();
        if (person.OrganizationId is not { } organization || !person.IsActive)
        {
            return;
        }

        var today = AssignmentDeadline.Today(time);
        var running = await db.Assignments.AsNoTracking()
            .Where(a => a.OrganizationId == organization && a.WithdrawnAt == null && a.DueOn >= today && a.Audience != SupervisorAudience.People)
            .Where(a => !a.People.Any(p => p.UserId == person.Id))
            .ToListAsync();
        var units = new UnitTree(await db.OrganizationUnits.AsNoTracking().Where(u => u.OrganizationId == organization).ToListAsync());
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var assignment in running.Where(a => Reaches(a, person.UnitId, units)))
        {
            db.AssignedPeople.Add(new AssignedPerson { AssignmentId = assignment.Id, UserId = person.Id, AddedAt = now });
            mail.Add(db, MailKind.AssignmentGiven, person.Id, assignment.Id);
        }

        await db.SaveChangesAsync();
        if (db.Database.CurrentTransaction is null)
        {
            await RegisterForWebinarsAsync([person.Id]);
        }
    }

    /// <summary>Gives these people the seats (or waiting-list places) of the open webinar assignments they hold.</summary>
    public async Task RegisterForWebinarsAsync(IReadOnlyCollection<Guid> people)
    {
        var missing = await (from p in db.AssignedPeople.AsNoTracking()
                             join a in db.Assignments on p.AssignmentId equals a.Id
                             join w in db.Webinars on a.WebinarId equals w.Id
                             join u in db.Users on p.UserId equals u.Id
                             where people.Contains(p.UserId) && u.IsActive && a.WithdrawnAt == null && w.Status == WebinarStatus.Scheduled
                                 && !db.WebinarRegistrations.Any(r => r.WebinarId == w.Id && r.UserId == p.UserId)
                             select new { p.UserId, Webinar = w.Id }).ToListAsync();
        foreach (var webinar in missing.GroupBy(m => m.Webinar))
        {
            await WebinarSeats.TakeAsync(grains, webinar.Key, [.. webinar.Select(m => m.UserId)]);
        }
    }

    private static bool Reaches(Assignment assignment, Guid? unit, UnitTree units) => assignment.Audience switch
    {
        SupervisorAudience.Everyone => true,
        SupervisorAudience.Unit => unit is not null && unit == assignment.UnitId,
        SupervisorAudience.UnitAndSubUnits => unit is { } u && assignment.UnitId is { } top && units.IsWithin(u, top),
        _ => false,
    };
}
