using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>KT's comparison of employers: a table of organizations, no person in it.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ComparisonModel(OrganizationComparison comparison, AcademyDbContext db, ErrorMessages messages, IStringLocalizer<SharedResource> t, IOptions<HrOptions> hrOptions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? CourseId { get; set; }

    public ComparisonTable? Table { get; private set; }


    public IReadOnlyList<(Guid Id, LocalizedText Title)> Courses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Courses = [.. (await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.TitleFi, c.TitleSv, c.TitleEn }).ToListAsync())
            .Select(c => (c.Id, new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn)))];
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Table = await comparison.ForAsync(CourseId);
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages);
        }
    }

    public string Count(PublishedCount count) =>
        count.FewerThanFive ? t["Comparison.FewerThanFive"]
        : count.OnlySmall ? t["Comparison.OnlySmall"]
        : count.Rounded.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>When the figures were counted, in Finnish time, and how often they are counted again.</summary>
    public string CountedAt(ComparisonTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var at = FinnishTime.ToLocal(table.CountedAt.UtcDateTime).ToString("g", CultureInfo.CurrentCulture);
        return t["Comparison.CountedAt", at, hrOptions.Value.ComparisonMaxAgeMinutes];
    }

    public string Rate(double? rate) => rate is { } value ? value.ToString("P0", CultureInfo.CurrentCulture) : "–";
}
