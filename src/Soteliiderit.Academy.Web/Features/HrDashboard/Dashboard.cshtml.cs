using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <summary>HR's dashboard: completion by course, by unit and over time, each chart beside its table, the national rate beside the organization's.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class DashboardModel(CompletionReport report, HrScope scope, UnitDirectory units, AcademyDbContext db, ErrorMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? CourseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public CompletionDashboard? Dashboard { get; private set; }

    public IReadOnlyList<(Guid Id, LocalizedText Title)> Courses { get; private set; } = [];

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Courses = [.. (await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.TitleFi, c.TitleSv, c.TitleEn }).ToListAsync())
            .Select(c => (c.Id, new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn)))];
        Units = await units.ListAsync(scope.OrganizationOf(User));
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Dashboard = await report.ForAsync(User, new CompletionFilter(CourseId, UnitId, From, To));
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages);
        }
    }

    /// <summary>The CSV of what the dashboard shows, with semicolons for a Finnish Excel.</summary>
    public string CsvLink() =>
        QueryHelpers.AddQueryString("/hr/completions.csv", new Dictionary<string, string?>
        {
            ["separator"] = "semicolon",
            ["courseId"] = CourseId?.ToString(),
            ["unitId"] = UnitId?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null));

    public static string Percent(double? rate) => rate is { } value ? value.ToString("P0", CultureInfo.CurrentCulture) : "–";

    public ChartSpec CourseChart() => new(
        "bar",
        [.. Dashboard!.Courses.Select(c => c.Title)],
        [
            new(t["Dashboard.Hr.Completed"], [.. Dashboard.Courses.Select(c => (double)c.Counts.Completed)]),
            new(t["Dashboard.Hr.InProgress"], [.. Dashboard.Courses.Select(c => (double)c.Counts.InProgress)]),
            new(t["Dashboard.Hr.NotStarted"], [.. Dashboard.Courses.Select(c => (double)(c.Counts.Assigned - c.Counts.InProgress - c.Counts.Completed))]),
        ],
        Stacked: true);

    public ChartSpec UnitChart() => new(
        "bar",
        [.. Dashboard!.Units.Select(UnitName)],
        [
            new(t["Dashboard.Hr.AssignedRate"], [.. Dashboard.Units.Select(u => Math.Round((u.Counts.AssignedRate ?? 0) * 100))]),
            new(t["Dashboard.Hr.CatalogueRate"], [.. Dashboard.Units.Select(u => Math.Round((u.Counts.CatalogueRate ?? 0) * 100))]),
        ],
        Max: 100);

    public ChartSpec MonthChart() => new(
        "bar",
        [.. Dashboard!.Months.Select(MonthName)],
        [new(t["Dashboard.Hr.CompletionsInMonth"], [.. Dashboard.Months.Select(m => (double)m.Completed)])]);

    public string UnitName(UnitCompletion unit) => unit.UnitId is null ? t["Dashboard.Hr.NoUnit"] : unit.Name;

    public static string MonthName(MonthCompletions month) =>
        month.Month.ToString("MMMM yyyy", CultureInfo.CurrentCulture);
}
