using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <param name="Title">The course's or the webinar's title in every language it has.</param>
/// <param name="ReminderId">HR's latest reminder of it, while the person has not dismissed it and is not done.</param>
public sealed record MyAssignment(
    Guid AssignmentId, Guid? CourseId, Guid? WebinarId, LocalizedText Title, DateOnly DueOn, AssignmentState State, bool Overdue, Guid? ReminderId = null);

/// <summary>
/// Where each assigned person stands, read from the rows the learner and webinar grains write: a course by its
/// enrollment, a webinar by the registration and, once it has ended, the share of its time attended.
/// </summary>
public sealed class AssignmentProgress(AcademyDbContext db, HrScope scope, IGrainFactory grains, TimeProvider time)
{
    /// <summary>The supervisor's own open assignments, the ones still to do first, soonest due first.</summary>
    public async Task<IReadOnlyList<MyAssignment>> MineAsync(Guid userId)
    {
        var open = db.Assignments.AsNoTracking().Where(a => a.WithdrawnAt == null && a.People.Any(p => p.UserId == userId));
        var rows = await open.ToListAsync();
        var states = await StatesAsync(open, db.Users.Where(u => u.Id == userId));
        var titles = await TitlesAsync(rows);
        var reminders = (await db.Reminders.AsNoTracking()
                .Where(r => r.UserId == userId && r.DismissedAt == null && open.Any(a => a.Id == r.AssignmentId))
                .ToListAsync())
            .GroupBy(r => r.AssignmentId)
            .ToDictionary(g => g.Key, g => (Guid?)g.MaxBy(r => r.SentAt)!.Id);
        var today = AssignmentDeadline.Today(time);
        return [.. rows
            .Select(a => (a, state: states.GetValueOrDefault((a.Id, userId))))
            .Select(x => new MyAssignment(
                x.a.Id, x.a.CourseId, x.a.WebinarId, titles[x.a.Id], x.a.DueOn, x.state, AssignmentDeadline.IsOverdue(x.state, x.a.DueOn, today),
                x.state == AssignmentState.Completed || !reminders.TryGetValue(x.a.Id, out var reminder) ? null : reminder))
            .OrderBy(m => m.State == AssignmentState.Completed).ThenBy(m => m.DueOn)];
    }

    /// <summary>The HR's organization's open assignments (those <paramref name="filter"/> keeps), each with its counts.</summary>
    public async Task<IReadOnlyList<AssignmentSummary>> SummariesAsync(ClaimsPrincipal hr, Expression<Func<Assignment, bool>>? filter = null)
    {
        var open = Open(hr);
        if (filter is not null)
        {
            open = open.Where(filter);
        }

        var rows = await open.OrderBy(a => a.DueOn).ThenBy(a => a.AssignedAt).ToListAsync();
        var states = (await StatesAsync(open, scope.Supervisors(hr))).ToLookup(s => s.Key.Assignment, s => s.Value);
        var titles = await TitlesAsync(rows);
        var units = new UnitTree(await db.OrganizationUnits.AsNoTracking().Where(u => u.OrganizationId == scope.OrganizationOf(hr)).ToListAsync());
        var today = AssignmentDeadline.Today(time);
        var language = LocalizationSetup.CurrentLanguage;
        return [.. rows.Select(a =>
        {
            var people = states[a.Id].ToList();
            return new AssignmentSummary(
                a.Id, a.CourseId, a.WebinarId, titles[a.Id].For(language), a.Audience, a.UnitId,
                a.UnitId is { } unit ? units.PathOf(unit, language) : null,
                a.DueOn, a.AssignedAt,
                people.Count,
                people.Count(s => s == AssignmentState.InProgress),
                people.Count(s => s == AssignmentState.Completed),
                people.Count(s => AssignmentDeadline.IsOverdue(s, a.DueOn, today)));
        })];
    }

    /// <summary>One open assignment of the HR's organization with everyone it reached; null when it is not theirs.</summary>
    public async Task<AssignmentDetails?> DetailsAsync(ClaimsPrincipal hr, Guid assignmentId)
    {
        if ((await SummariesAsync(hr, a => a.Id == assignmentId)).SingleOrDefault() is not { } summary)
        {
            return null;
        }

        var one = Open(hr).Where(a => a.Id == assignmentId);
        var states = await StatesAsync(one, scope.Supervisors(hr));
        var people = await (from p in db.AssignedPeople.AsNoTracking()
                            join u in scope.Supervisors(hr) on p.UserId equals u.Id
                            where p.AssignmentId == assignmentId
                            select new { u.Id, u.DisplayName, u.Email, p.AddedAt }).ToListAsync();
        var today = AssignmentDeadline.Today(time);
        return new AssignmentDetails(summary, [.. people
            .Select(p => (p, state: states.GetValueOrDefault((assignmentId, p.Id))))
            .Select(x => new AssigneeStatus(x.p.Id, x.p.DisplayName, x.p.Email ?? "", x.state, AssignmentDeadline.IsOverdue(x.state, summary.DueOn, today), x.p.AddedAt))
            .OrderByDescending(s => s.Overdue).ThenBy(s => s.State).ThenBy(s => s.Name, StringComparer.CurrentCulture)]);
    }

    /// <summary>Of these people, those an open assignment of the organization's, of the same course or webinar, already reached.</summary>
    public async Task<IReadOnlyList<Guid>> HoldingAsync(Guid organizationId, Guid? courseId, Guid? webinarId, IReadOnlyCollection<Guid> people) =>
        await db.AssignedPeople.AsNoTracking()
            .Where(p => people.Contains(p.UserId) && db.Assignments.Any(a => a.Id == p.AssignmentId && a.OrganizationId == organizationId
                && a.WithdrawnAt == null && a.CourseId == courseId && a.WebinarId == webinarId))
            .Select(p => p.UserId).Distinct().ToListAsync();

    private IQueryable<Assignment> Open(ClaimsPrincipal hr)
    {
        var organization = scope.OrganizationOf(hr);
        return db.Assignments.AsNoTracking().Where(a => a.OrganizationId == organization && a.WithdrawnAt == null);
    }

    /// <summary>The state of every (assignment, person) of these assignments, for the people given.</summary>
    private async Task<Dictionary<(Guid Assignment, Guid User), AssignmentState>> StatesAsync(IQueryable<Assignment> assignments, IQueryable<AcademyUser> people)
    {
        var courses = await (from a in assignments
                             where a.CourseId != null
                             join p in db.AssignedPeople on a.Id equals p.AssignmentId
                             join u in people on p.UserId equals u.Id
                             join e in db.Enrollments on new { User = p.UserId, Course = a.CourseId } equals new { User = e.LearnerId, Course = (Guid?)e.CourseId } into enrolled
                             from e in enrolled.DefaultIfEmpty()
                             select new { a.Id, p.UserId, Enrolled = e != null, Completed = e != null && e.CompletedAt != null }).ToListAsync();
        var states = courses.ToDictionary(
            c => (c.Id, c.UserId),
            c => c.Completed ? AssignmentState.Completed : c.Enrolled ? AssignmentState.InProgress : AssignmentState.NotStarted);

        var webinars = await (from a in assignments
                              where a.WebinarId != null
                              join p in db.AssignedPeople on a.Id equals p.AssignmentId
                              join u in people on p.UserId equals u.Id
                              select new
                              {
                                  a.Id,
                                  p.UserId,
                                  Webinar = a.WebinarId!.Value,
                                  Registered = db.WebinarRegistrations.Any(r => r.WebinarId == a.WebinarId && r.UserId == p.UserId),
                              }).ToListAsync();
        foreach (var group in webinars.GroupBy(w => w.Webinar))
        {
            var attended = await AttendedAsync(group.Key, [.. group.Select(w => w.UserId).Distinct()]);
            foreach (var w in group)
            {
                states[(w.Id, w.UserId)] = attended.Contains(w.UserId) ? AssignmentState.Completed
                    : w.Registered ? AssignmentState.InProgress : AssignmentState.NotStarted;
            }
        }

        return states;
    }

    /// <summary>Of these people, those who were in the ended webinar for the share its course asks.</summary>
    private async Task<HashSet<Guid>> AttendedAsync(Guid webinarId, List<Guid> people)
    {
        var webinar = await db.Webinars.AsNoTracking().SingleAsync(w => w.Id == webinarId);
        if (webinar.Status != WebinarStatus.Ended)
        {
            return [];
        }

        var threshold = await AttendanceThreshold.PercentAsync(grains, webinar);
        var stretches = await db.WebinarAttendance.AsNoTracking().Where(a => a.WebinarId == webinarId && people.Contains(a.UserId)).ToListAsync();
        return [.. stretches.GroupBy(s => s.UserId).Where(g => AttendanceShare.Of(g, webinar).Percent >= threshold).Select(g => g.Key)];
    }

    private async Task<Dictionary<Guid, LocalizedText>> TitlesAsync(IReadOnlyList<Assignment> assignments)
    {
        var courseIds = assignments.Where(a => a.CourseId != null).Select(a => a.CourseId!.Value).Distinct().ToList();
        var webinarIds = assignments.Where(a => a.WebinarId != null).Select(a => a.WebinarId!.Value).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn));
        var webinars = await db.Webinars.AsNoTracking().Where(w => webinarIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => new LocalizedText(w.TitleFi, w.TitleSv, w.TitleEn));
        return assignments.ToDictionary(a => a.Id, a => a.CourseId is { } c ? courses[c] : webinars[a.WebinarId!.Value]);
    }
}
