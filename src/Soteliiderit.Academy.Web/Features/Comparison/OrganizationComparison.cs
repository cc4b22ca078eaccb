using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.HrDashboard;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Comparison;

public sealed record OrganizationFigures(Guid OrganizationId, string Name, PublishedCompletion Completion, PublishedAttendance Attendance);

/// <param name="CourseId">The one course compared, or null for every published course (supervisors then count once per course).</param>
/// <param name="National">The sum of the organizations' published figures, by the same definitions.</param>
public sealed record ComparisonTable(Guid? CourseId, IReadOnlyList<OrganizationFigures> Organizations, PublishedCompletion National, PublishedAttendance NationalAttendance);

/// <summary>
/// KT's comparison of employers: every organization's completion and webinar attendance beside the national
/// figures, over all time. No person is in it, and every figure is a <see cref="PublishedCount"/> of one
/// organization and one course; everything larger (all courses, the nation) is a sum of those, so no filter or
/// difference reaches below them. There are no days to choose: two ranges a day apart would tell that day apart.
/// </summary>
public sealed class OrganizationComparison(AcademyDbContext db, CompletionCounter counter)
{
    public async Task<ComparisonTable> ForAsync(Guid? courseId)
    {
        var courses = await db.Courses.AsNoTracking()
            .Where(c => c.Status == CourseStatus.Published && (courseId == null || c.Id == courseId))
            .Select(c => c.Id).ToListAsync();
        if (courseId is not null && courses.Count == 0)
        {
            throw RuleViolationException.InvalidFields([new FieldError("CourseId", "AssignmentCourseNotFound")]);
        }

        var cells = await CellsAsync(courses);
        var attendance = await AttendanceAsync();
        var language = LocalizationSetup.CurrentLanguage;
        var organizations = (await db.Organizations.AsNoTracking().ToListAsync())
            .Select(o => new OrganizationFigures(
                o.Id,
                o.NameIn(language),
                cells.Where(c => c.Organization == o.Id).Aggregate(PublishedCompletion.None, (sum, c) => sum.Plus(c.Completion)),
                attendance.GetValueOrDefault(o.Id, PublishedAttendance.None)))
            .OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true))
            .ToList();
        return new ComparisonTable(
            courseId,
            organizations,
            organizations.Aggregate(PublishedCompletion.None, (sum, o) => sum.Plus(o.Completion)),
            organizations.Aggregate(PublishedAttendance.None, (sum, o) => sum.Plus(o.Attendance)));
    }

    /// <summary>The national figures of each course, for HR's dashboard: the very sums of the comparison's national row.</summary>
    public async Task<IReadOnlyDictionary<Guid, PublishedCompletion>> NationalByCourseAsync(IReadOnlyCollection<Guid> courses)
    {
        var cells = await CellsAsync(courses);
        return courses.ToDictionary(
            course => course,
            course => cells.Where(c => c.Course == course).Aggregate(PublishedCompletion.None, (sum, c) => sum.Plus(c.Completion)));
    }

    private sealed record Cell(Guid Organization, Guid Course, PublishedCompletion Completion);

    private async Task<List<Cell>> CellsAsync(IReadOnlyCollection<Guid> courses)
    {
        var exact = await counter.CountAsync(Supervisors(), u => u.OrganizationId, courses);
        return [.. exact.Select(c => new Cell(c.Group!.Value, c.CourseId, PublishedCompletion.Of(c.Counts)))];
    }

    private async Task<Dictionary<Guid, PublishedAttendance>> AttendanceAsync()
    {
        var seats = await (from r in db.WebinarRegistrations
                           join w in db.Webinars on r.WebinarId equals w.Id
                           join u in Supervisors() on r.UserId equals u.Id
                           where r.State == RegistrationState.Registered && w.Status == WebinarStatus.Ended
                           select new { Organization = u.OrganizationId!.Value, Came = db.WebinarAttendance.Any(a => a.WebinarId == r.WebinarId && a.UserId == r.UserId) } into x
                           group x by x.Organization into g
                           select new { g.Key, Seats = g.Count(), Attended = g.Count(x => x.Came) }).ToListAsync();
        return seats.ToDictionary(s => s.Key, s => PublishedAttendance.Of(s.Seats, s.Attended));
    }

    /// <summary>Every organization's active supervisors.</summary>
    private IQueryable<AcademyUser> Supervisors()
    {
        var supervisorRole = db.Roles.Where(r => r.Name == Roles.Supervisor).Select(r => r.Id);
        return db.Users.Where(u => u.IsActive && u.OrganizationId != null && db.UserRoles.Any(ur => ur.UserId == u.Id && supervisorRole.Contains(ur.RoleId)));
    }
}
