using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Authoring;

public sealed class NewModel(DraftEditing editing, ErrorMessages messages) : PageModel
{
    [BindProperty]
    public CourseDetailsInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = Guid.NewGuid();
        try
        {
            await editing.Course(id).Create(Input.ApplyTo(CourseContent.New(LocalizedText.Empty)), User.UserId());
            return Redirect($"/authoring/courses/{id}");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, path => "Input." + LocalizedInput.FormPath(path));
            return Page();
        }
    }
}
