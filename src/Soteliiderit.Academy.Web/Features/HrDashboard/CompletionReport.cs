using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Assignments;
using Soteliiderit.Academy.Web.Features.Comparison;
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

/// <param name="National">The same figures over every organization's supervisors, by the same definitions, over all time and published as the admin comparison publishes them.</param>
public sealed record CourseCompletion(Guid CourseId, string Title, CompletionCounts Counts, PublishedCompletion National);

/// <param name="UnitId">Null for supervisors without a unit.</param>
public sealed record UnitCompletion(Guid? UnitId, string Name, CompletionCounts Counts);

public sealed record MonthCompletions(DateOnly Month, int Completed);

/// <summary>What a checked <see cref="CompletionFilter"/> reaches: the HR's organization, its units, the courses and the active supervisors.</summary>
public sealed record CompletionScope(Guid Organization, UnitTree Units, IReadOnlyDictionary<Guid, LocalizedText> Courses, IQueryable<AcademyUser> People);

/// <param name="Supervisors">Active supervisors the filter reaches.</param>
/// <param name="Total">Over every course shown: supervisors there count once per course.</param>
/// <param name="NationalTotal">The national figures of every course shown, summed.</param>
public sealed record CompletionDashboard(
    CompletionFilter Filter, int Supervisors, CompletionCounts Total, PublishedCompletion NationalTotal,
    IReadOnlyList<CourseCompletion> Courses, IReadOnlyList<UnitCompletion> Units, IReadOnlyList<MonthCompletions> Months);

/// <summary>
/// HR's dashboard: completion of its organization's active supervisors (through <see cref="HrScope"/>) by course,
/// by unit and over time, beside the national figures. Counted in the database, grouped by unit and course, kept by
/// <see cref="OwnFiguresCache"/> until a row they are made of changes, and rolled up here. The national side comes from <see cref="OrganizationComparison"/>: rounded, over all time and
/// whatever HR's filters, so no filter subtracted from another tells another employer's figures.
/// </summary>
public sealed class CompletionReport(AcademyDbContext db, HrScope scope, CompletionCounter counter, OwnFiguresCache cache, OrganizationComparison comparison, TimeProvider time)
{
    public async Task<CompletionDashboard> ForAsync(ClaimsPrincipal hr, CompletionFilter filter)
    {
        var (organization, tree, courses, people) = await ScopeAsync(hr, filter);
        var ids = courses.Keys.ToList();
        var today = AssignmentDeadline.Today(time);
        var key = string.Create(CultureInfo.InvariantCulture, $"{filter.CourseId}|{filter.UnitId}|{filter.From}|{filter.To}|{today}|{string.Join(',', ids)}");
        var own = await cache.GetAsync(organization, key, async () => new OwnFigures(
            await people.CountAsync(),
            await counter.CountAsync(people, u => u.UnitId, ids, filter.FromUtc, filter.UntilUtc),
            await MonthsAsync(people, ids, filter, today)));
        var national = await comparison.NationalByCourseAsync(ids);
        var language = LocalizationSetup.CurrentLanguage;
        var byCourse = ids.Select(id => new CourseCompletion(id, courses[id].For(language), CompletionCounter.Sum(own.Cells, c => c.CourseId == id), national[id])).ToList();
        return new CompletionDashboard(
            filter,
            own.Supervisors,
            CompletionCounter.Sum(own.Cells, _ => true),
            national.Values.Aggregate(PublishedCompletion.None, (sum, n) => sum.Plus(n)),
            byCourse,
            Units(own.Cells, tree, filter.UnitId, language),
            own.Months);
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

    /// <summary>
    /// Rows that split the people asked for: those in the unit asked for itself (or in no unit, for the whole
    /// organization), then each unit right under it with everything under that.
    /// </summary>
    private static List<UnitCompletion> Units(IReadOnlyList<CompletionCell> cells, UnitTree tree, Guid? selected, string language)
    {
        var rows = new List<UnitCompletion>();
        if (selected is { } unit)
        {
            rows.Add(new UnitCompletion(unit, tree.PathOf(unit, language), CompletionCounter.Sum(cells, c => c.Group == unit)));
        }

        foreach (var child in tree.ChildrenOf(selected))
        {
            var within = tree.WithSubUnits(child);
            rows.Add(new UnitCompletion(child, tree.PathOf(child, language), CompletionCounter.Sum(cells, c => c.Group is { } u && within.Contains(u))));
        }

        if (selected is null && cells.Any(c => c.Group is null))
        {
            rows.Add(new UnitCompletion(null, "", CompletionCounter.Sum(cells, c => c.Group is null)));
        }

        return rows;
    }

    private async Task<List<MonthCompletions>> MonthsAsync(IQueryable<AcademyUser> people, List<Guid> courses, CompletionFilter filter, DateOnly today)
    {
        var months = filter.Months(today);
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
}
