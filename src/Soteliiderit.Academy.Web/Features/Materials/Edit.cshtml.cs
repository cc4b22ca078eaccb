using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Courses;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Materials;

[Authorize(Policy = Policies.Authoring)]
public sealed class EditModel(MaterialLibrary library, ErrorMessages messages) : PageModel
{
    [BindProperty]
    public LocalizedInput Title { get; set; } = new();

    [BindProperty]
    public LocalizedInput Description { get; set; } = new();

    [BindProperty]
    public List<CourseThemes> Themes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid materialId)
    {
        if (await library.FindAsync(User, materialId) is not { } material)
        {
            return NotFound();
        }

        Title = LocalizedInput.From(material.Summary.Title);
        Description = LocalizedInput.From(material.Summary.Description);
        Themes = CourseCatalog.Split(material.Summary.Themes);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid materialId)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await library.UpdateAsync(materialId, new MaterialDetails(Title.ToText(), Description.ToText(), CourseCatalog.Combine(Themes)));
            return Redirect($"/materials/{materialId}");
        }
        catch (RuleViolationException violation) when (violation.Kind == RuleKind.Invalid)
        {
            ModelState.AddRuleViolation(violation, messages, LocalizedInput.FormPath);
            return Page();
        }
    }
}
