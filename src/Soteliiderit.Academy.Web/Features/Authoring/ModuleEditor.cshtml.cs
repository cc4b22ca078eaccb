using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Authoring;

public sealed class ModuleEditorModel(DraftEditing editing, IStringLocalizer<SharedResource> text) : PageModel
{
    public CourseDraft Draft { get; private set; } = null!;

    public CourseModule Module { get; private set; } = null!;

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public LocalizedInput Input { get; set; } = new();

    /// <summary>Deleting cannot be undone from the editor, so the facilitator ticks a box to say they mean it.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid courseId, Guid moduleKey)
    {
        if (!await LoadAsync(courseId, moduleKey))
        {
            return NotFound();
        }

        (Revision, Input) = (Draft.Revision, LocalizedInput.From(Module.Title));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid courseId, Guid moduleKey)
    {
        if (!await LoadAsync(courseId, moduleKey))
        {
            return NotFound();
        }

        var saved = ModelState.IsValid && await editing.SaveAsync(
            Draft,
            Revision,
            User.UserId(),
            content => content with { Modules = [.. content.Modules.Select(m => m.Key == moduleKey ? m with { Title = Input.ToText() } : m)] },
            ModelState,
            path => DraftEditing.TitleField(path, nameof(Input)));
        return saved ? Redirect($"/authoring/courses/{courseId}#modules") : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid courseId, Guid moduleKey)
    {
        if (!await LoadAsync(courseId, moduleKey))
        {
            return NotFound();
        }

        if (Module.Lessons.Count > 0)
        {
            // Deleting lessons is done one by one, knowingly; a module goes only when empty.
            return BadRequest();
        }

        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), text["Authoring.ConfirmDeleteRequired"]);
        }

        var saved = ModelState.IsValid && await editing.SaveAsync(
            Draft,
            Revision,
            User.UserId(),
            content => content with { Modules = [.. content.Modules.Where(m => m.Key != moduleKey)] },
            ModelState,
            _ => "");
        Input = LocalizedInput.From(Module.Title);
        return saved ? Redirect($"/authoring/courses/{courseId}#modules") : Page();
    }

    private async Task<bool> LoadAsync(Guid courseId, Guid moduleKey)
    {
        if (await editing.LoadAsync(courseId) is not { } draft || draft.Content.Modules.FirstOrDefault(m => m.Key == moduleKey) is not { } module)
        {
            return false;
        }

        (Draft, Module) = (draft, module);
        return true;
    }
}
