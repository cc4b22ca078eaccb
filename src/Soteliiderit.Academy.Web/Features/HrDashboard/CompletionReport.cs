using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Assignments;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <summary>
/// Counts of one group of supervisors in one course (or all): the assigned side (assigned, in progress, completed,
/// overdue) and the catalogue side (supervisors, completed in the days asked).
/// </summary>
public sealed record CompletionCounts(int Supervisors, int Assigned, int InProgress, int Completed, int Overdue, int CatalogueCompleted)
{
    public static readonly CompletionCounts None = new(0, 0, 0, 0, 0, 0);

    /// <summary>Completed ÷ assigned, for assigned items; null when nothing was assigned.</summary>
    public double? AssignedRate => Assigned == 0 ? null : (double)Completed / Assigned;

    /// <summary>Completed ÷ supervisors, for the catalogue; null without supervisors.</summary>
    public double? CatalogueRate => Supervisors == 0 ? null : (double)CatalogueCompleted / Supervisors;

    public CompletionCounts Plus(CompletionCounts other) => new(
        Supervisors + other.Supervisors, Assigned + other.Assigned, InProgress + other.InProgress,
        Completed + other.Completed, Overdue + other.Overdue, CatalogueCompleted + other.CatalogueCompleted);
}

/// <param name="National">The same figures over every organization's supervisors, by the same definitions.</param>
public sealed record CourseCompletion(Guid CourseId, string Title, CompletionCounts Counts, CompletionCounts National);

/// <param name="UnitId">Null for supervisors without a unit.</param>
public sealed record UnitCompletion(Guid? UnitId, string Name, CompletionCounts Counts);

public sealed record MonthCompletions(DateOnly Month, int Completed);

/// <summary>What a checked <see cref="CompletionFilter"/> reaches: the HR's organization, its units, the courses and the active supervisors.</summary>
public sealed record CompletionScope(Guid Organization, UnitTree Units, IReadOnlyDictionary<Guid, LocalizedText> Courses, IQueryable<AcademyUser> People);

/// <param name="Supervisors">Active supervisors the filter reaches.</param>
/// <param name="Total">Over every course shown: supervisors there count once per course.</param>
public sealed record CompletionDashboard(
    CompletionFilter Filter, int Supervisors, CompletionCounts Total, CompletionCounts NationalTotal,
    IReadOnlyList<CourseCompletion> Courses, IReadOnlyList<UnitCompletion> Units, IReadOnlyList<MonthCompletions> Months);

/// <summary>
/// HR's dashboard: completion of its organization's active supervisors (through <see cref="HrScope"/>) by course,
/// by unit and over time, beside the national figures. Counted in the database, grouped by unit and course, and
/// rolled up here; the national side has no person in it, only counts.
/// </summary>
public sealed class CompletionReport(AcademyDbContext db, HrScope scope, TimeProvider time)
{
    public async Task<CompletionDashboard> ForAsync(ClaimsPrincipal hr, CompletionFilter filter)
    {
        var (organization, tree, courses, people) = await ScopeAsync(hr, filter);
        var ids = courses.Keys.ToList();
        var cells = await CountAsync(people, a => a.OrganizationId == organization, ids, filter);
        var supervisorRole = db.Roles.Where(r => r.Name == Roles.Supervisor).Select(r => r.Id);
        var everyone = db.Users.Where(u => u.IsActive && u.OrganizationId != null && db.UserRoles.Any(ur => ur.UserId == u.Id && supervisorRole.Contains(ur.RoleId)));
        var national = await CountAsync(everyone, _ => true, ids, filter);
        var language = LocalizationSetup.CurrentLanguage;
        var byCourse = ids.Select(id => new CourseCompletion(id, courses[id].For(language), Sum(cells, c => c.CourseId == id), Sum(national, c => c.CourseId == id))).ToList();
        return new CompletionDashboard(
            filter,
            await people.CountAsync(),
            Sum(cells, _ => true),
            Sum(national, _ => true),
            byCourse,
            Units(cells, tree, filter.UnitId, language),
            await MonthsAsync(people, ids, filter));
    }

    /// <summary>
    /// Checks the filter (a unit of the HR's own tree, a published course, days in order) and gives what it reaches:
    /// the unit tree, the courses and the active supervisors, always through <see cref="HrScope"/>.
    /// </summary>
    public async Task<CompletionScope> ScopeAsync(ClaimsPrincipal hr, CompletionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new List<FieldError>();
        filter.Check(errors);
        var organization = scope.OrganizationOf(hr);
        var tree = new UnitTree(await db.OrganizationUnits.AsNoTracking().Where(u => u.OrganizationId == organization).ToListAsync());
        if (filter.UnitId is { } unit && !tree.Contains(unit))
        {
            errors.Add(new FieldError(nameof(CompletionFilter.UnitId), "UnitNotFound"));
        }

        var courses = await CoursesAsync(filter.CourseId);
        if (filter.CourseId is not null && courses.Count == 0)
        {
            errors.Add(new FieldError(nameof(CompletionFilter.CourseId), "AssignmentCourseNotFound"));
        }

        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        var people = scope.Supervisors(hr).Where(u => u.IsActive);
        if (filter.UnitId is { } top)
        {
            var reached = tree.WithSubUnits(top);
            people = people.Where(u => u.UnitId != null && reached.Contains(u.UnitId.Value));
        }

        return new CompletionScope(organization, tree, courses, people);
    }

    /// <summary>One (unit, course) cell of counts; the supervisors count once per course, so a total over courses counts person-courses.</summary>
    private sealed record Cell(Guid? UnitId, Guid CourseId, CompletionCounts Counts);

    private async Task<List<Cell>> CountAsync(IQueryable<AcademyUser> people, System.Linq.Expressions.Expression<Func<Data.Assignments.Assignment, bool>> assignments, List<Guid> courses, CompletionFilter filter)
    {
        var (start, end) = (filter.FromUtc, filter.UntilUtc);
        var today = AssignmentDeadline.Today(time);
        var heads = await people.GroupBy(u => u.UnitId).Select(g => new { Unit = g.Key, Count = g.Count() }).ToListAsync();
        var completed = await (from e in db.Enrollments
                               join u in people on e.LearnerId equals u.Id
                               where courses.Contains(e.CourseId) && e.CompletedAt != null && (start == null || e.CompletedAt >= start) && (end == null || e.CompletedAt < end)
                               group e by new { u.UnitId, e.CourseId } into g
                               select new { g.Key.UnitId, g.Key.CourseId, Count = g.Count() }).ToListAsync();
        var assigned = await (from a in db.Assignments.Where(assignments)
                              where a.WithdrawnAt == null && a.CourseId != null && courses.Contains(a.CourseId.Value)
                              join p in db.AssignedPeople on a.Id equals p.AssignmentId
                              join u in people on p.UserId equals u.Id
                              join e in db.Enrollments on new { User = p.UserId, Course = a.CourseId } equals new { User = e.LearnerId, Course = (Guid?)e.CourseId } into enrolled
                              from e in enrolled.DefaultIfEmpty()
                              select new { u.UnitId, CourseId = a.CourseId!.Value, a.DueOn, Enrolled = e != null, Done = e != null && e.CompletedAt != null } into x
                              group x by new { x.UnitId, x.CourseId } into g
                              select new
                              {
                                  g.Key.UnitId,
                                  g.Key.CourseId,
                                  Assigned = g.Count(),
                                  InProgress = g.Count(x => x.Enrolled && !x.Done),
                                  Completed = g.Count(x => x.Done),
                                  Overdue = g.Count(x => !x.Done && x.DueOn < today),
                              }).ToListAsync();
        // Looked up by key: nationally there are thousands of units, and a search per cell would grow with their square.
        var completedBy = completed.ToDictionary(c => (c.UnitId, c.CourseId), c => c.Count);
        var assignedBy = assigned.ToDictionary(a => (a.UnitId, a.CourseId));
        return [.. heads.SelectMany(h => courses.Select(course =>
        {
            var done = completedBy.GetValueOrDefault((h.Unit, course));
            var given = assignedBy.GetValueOrDefault((h.Unit, course));
            return new Cell(h.Unit, course, new CompletionCounts(h.Count, given?.Assigned ?? 0, given?.InProgress ?? 0, given?.Completed ?? 0, given?.Overdue ?? 0, done));
        }))];
    }

    /// <summary>
    /// Rows that split the people asked for: those in the unit asked for itself (or in no unit, for the whole
    /// organization), then each unit right under it with everything under that.
    /// </summary>
    private static List<UnitCompletion> Units(List<Cell> cells, UnitTree tree, Guid? selected, string language)
    {
        var rows = new List<UnitCompletion>();
        if (selected is { } unit)
        {
            rows.Add(new UnitCompletion(unit, tree.PathOf(unit, language), Sum(cells, c => c.UnitId == unit)));
        }

        foreach (var child in tree.ChildrenOf(selected))
        {
            var within = tree.WithSubUnits(child);
            rows.Add(new UnitCompletion(child, tree.PathOf(child, language), Sum(cells, c => c.UnitId is { } u && within.Contains(u))));
        }

        if (selected is null && cells.Any(c => c.UnitId is null))
        {
            rows.Add(new UnitCompletion(null, "", Sum(cells, c => c.UnitId is null)));
        }

        return rows;
    }

    private async Task<List<MonthCompletions>> MonthsAsync(IQueryable<AcademyUser> people, List<Guid> courses, CompletionFilter filter)
    {
        var months = filter.Months(AssignmentDeadline.Today(time));
        var start = filter.FromUtc ?? FinnishTime.ToUtc(months[0].ToDateTime(TimeOnly.MinValue));
        var end = filter.UntilUtc ?? FinnishTime.ToUtc(months[^1].AddMonths(1).ToDateTime(TimeOnly.MinValue));
        var moments = await (from e in db.Enrollments
                             join u in people on e.LearnerId equals u.Id
                             where courses.Contains(e.CourseId) && e.CompletedAt != null && e.CompletedAt >= start && e.CompletedAt < end
                             select e.CompletedAt!.Value).ToListAsync();
        var byMonth = moments.Select(FinnishTime.ToLocal).GroupBy(m => new DateOnly(m.Year, m.Month, 1)).ToDictionary(g => g.Key, g => g.Count());
        return [.. months.Select(month => new MonthCompletions(month, byMonth.GetValueOrDefault(month)))];
    }

    private async Task<IReadOnlyDictionary<Guid, LocalizedText>> CoursesAsync(Guid? only) =>
        await db.Courses.AsNoTracking()
            .Where(c => c.Status == CourseStatus.Published && (only == null || c.Id == only))
            .OrderBy(c => c.CreatedAt)
            .ToDictionaryAsync(c => c.Id, c => new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn));

    private static CompletionCounts Sum(IEnumerable<Cell> cells, Func<Cell, bool> which) =>
        cells.Where(which).Aggregate(CompletionCounts.None, (sum, cell) => sum.Plus(cell.Counts));
}
