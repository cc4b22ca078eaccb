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
/// <param name="CountedAt">When the figures were counted (see <see cref="PublishedFiguresCache"/>).</param>
public sealed record ComparisonTable(Guid? CourseId, IReadOnlyList<OrganizationFigures> Organizations, PublishedCompletion National, PublishedAttendance NationalAttendance, DateTimeOffset CountedAt);

/// <summary>
/// KT's comparison of employers: every organization's completion and webinar attendance beside the national
/// figures, over all time. No person is in it, and every figure is a <see cref="PublishedCount"/> of one
/// organization and one course; everything larger (all courses, the nation) is a sum of those, so no filter or
/// difference reaches below them. There are no days to choose: two ranges a day apart would tell that day apart.
/// </summary>
public sealed class OrganizationComparison(AcademyDbContext db, CompletionCounter counter, PublishedFiguresCache cache, TimeProvider time)
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

        var figures = await FiguresAsync(courses);
        var byOrganization = figures.Cells.Where(c => courses.Contains(c.Course)).ToLookup(c => c.Organization);
        var language = LocalizationSetup.CurrentLanguage;
        var organizations = (await db.Organizations.AsNoTracking().ToListAsync())
            .Select(o => new OrganizationFigures(
                o.Id,
                o.NameIn(language),
                byOrganization[o.Id].Aggregate(PublishedCompletion.None, (sum, c) => sum.Plus(c.Completion)),
                figures.Attendance.GetValueOrDefault(o.Id, PublishedAttendance.None)))
            .OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true))
            .ToList();
        return new ComparisonTable(
            courseId,
            organizations,
            organizations.Aggregate(PublishedCompletion.None, (sum, o) => sum.Plus(o.Completion)),
            organizations.Aggregate(PublishedAttendance.None, (sum, o) => sum.Plus(o.Attendance)),
            figures.CountedAt);
    }

    /// <summary>The national figures of each course, for HR's dashboard: the very sums of the comparison's national row.</summary>
    public async Task<IReadOnlyDictionary<Guid, PublishedCompletion>> NationalByCourseAsync(IReadOnlyCollection<Guid> courses)
    {
        var figures = await FiguresAsync(courses);
        var byCourse = figures.Cells.ToLookup(c => c.Course);
        return courses.ToDictionary(
            course => course,
            course => byCourse[course].Aggregate(PublishedCompletion.None, (sum, c) => sum.Plus(c.Completion)));
    }

    /// <summary>From the cache; a count takes every published course, so one count serves every course asked later.</summary>
    private Task<PublishedFigures> FiguresAsync(IReadOnlyCollection<Guid> courses) => cache.GetAsync(courses, async () =>
    {
        var counted = time.GetUtcNow();
        var published = await db.Courses.Where(c => c.Status == CourseStatus.Published).Select(c => c.Id).ToListAsync();
        var all = published.Union(courses).ToHashSet();
        var exact = await counter.CountAsync(Supervisors(), u => u.OrganizationId, all);
        var cells = exact.Select(c => new PublishedCell(c.Group!.Value, c.CourseId, PublishedCompletion.Of(c.Counts))).ToList();
        return new PublishedFigures(counted, all, cells, await AttendanceAsync());
    });

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
