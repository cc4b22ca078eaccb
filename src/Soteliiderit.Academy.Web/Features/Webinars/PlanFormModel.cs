using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Materials;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>What the new and the edit pages share: the form, the choices it offers and saving it.</summary>
[Authorize]
public abstract class PlanFormModel(WebinarPlanning planning, MaterialLibrary library, AcademyDbContext db, ErrorMessages messages) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public IReadOnlyList<MaterialSummary> Materials { get; private set; } = [];

    public IReadOnlyList<(Guid Id, LocalizedText Title)> Courses { get; private set; } = [];

    protected async Task LoadChoicesAsync()
    {
        Materials = await library.PublishedAsync();
        foreach (var material in Materials)
        {
            // asp-for on a dictionary indexer throws for a missing key (a 500), so every material offered has an
            // entry, empty until the facilitator types a number.
            Input.SlideOrder.TryAdd(material.Id, null);
        }
        var courses = await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published)
            .Select(c => new { c.Id, c.TitleFi, c.TitleSv, c.TitleEn }).ToListAsync();
        Courses = [.. courses.Select(c => (c.Id, new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn)))];
    }

    protected async Task<IActionResult> SaveAsync(Guid webinarId)
    {
        if (Input.ToRequest() is not { } request)
        {
            // A start that did not bind already says it is invalid; "required" is only for an empty one.
            if (!ModelState.Has("Input.StartsAt"))
            {
                ModelState.AddModelError("Input.StartsAt", messages.Describe(new FieldError("StartsAt", "Required")));
            }
        }
        else if (ModelState.IsValid)
        {
            try
            {
                await planning.ScheduleAsync(User, webinarId, request);
                return Redirect($"/webinars/{webinarId}");
            }
            catch (RuleViolationException violation) when (violation.Kind == RuleKind.Invalid)
            {
                ModelState.AddRuleViolation(violation, messages, PlanInput.FormPath);
            }
        }

        await LoadChoicesAsync();
        return Page();
    }
}
