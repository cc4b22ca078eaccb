using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <param name="Key">The form's value: "course:{id}" or "webinar:{id}".</param>
public sealed record AssignableItem(string Key, LocalizedText Title, string? When);

/// <summary>HR assigns a course or a coming webinar to a list of its supervisors, a unit or everyone.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class NewModel(HrAssignments assignments, HrScope scope, UnitDirectory units, AcademyDbContext db, TimeProvider time, ErrorMessages messages, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AssignmentForm Input { get; set; } = new();

    public IReadOnlyList<AssignableItem> Courses { get; private set; } = [];

    public IReadOnlyList<AssignableItem> Webinars { get; private set; } = [];

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public async Task OnGetAsync(Guid? courseId, Guid? webinarId)
    {
        Input.Item = courseId is { } c ? AssignmentForm.CoursePrefix + c : webinarId is { } w ? AssignmentForm.WebinarPrefix + w : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                var outcome = await assignments.AssignAsync(User, await Input.ToInputAsync());
                TempData[SkippedLines.Key] = SkippedLines.ForTempData(outcome.SkippedLines, localizer);
                return Redirect($"/hr/assignments/{outcome.Assignment.Id}?given={outcome.Given}&already={outcome.AlreadyAssigned}");
            }
            catch (RuleViolationException violation)
            {
                ModelState.AddRuleViolation(violation, messages, AssignmentForm.FieldOf);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var now = time.GetUtcNow().UtcDateTime;
        Courses = [.. (await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt)
                .Select(c => new { c.Id, c.TitleFi, c.TitleSv, c.TitleEn }).ToListAsync())
            .Select(c => new AssignableItem(AssignmentForm.CoursePrefix + c.Id, new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn), null))];
        Webinars = [.. (await db.Webinars.AsNoTracking().Where(w => w.Status == WebinarStatus.Scheduled).OrderBy(w => w.StartsAt)
                .Select(w => new { w.Id, w.TitleFi, w.TitleSv, w.TitleEn, w.StartsAt, w.DurationMinutes }).ToListAsync())
            .Where(w => w.StartsAt.AddMinutes(w.DurationMinutes) > now)
            .Select(w => new AssignableItem(AssignmentForm.WebinarPrefix + w.Id, new LocalizedText(w.TitleFi, w.TitleSv, w.TitleEn), FinnishTime.Format(w.StartsAt)))];
        Units = await units.ListAsync(scope.OrganizationOf(User));
    }
}
