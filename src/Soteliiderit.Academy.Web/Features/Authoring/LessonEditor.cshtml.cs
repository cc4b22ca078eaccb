using Microsoft.AspNetCore.Mvc;
using Soteliiderit.Academy.Web.Features.Materials;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Authoring;

public sealed class LessonEditorModel(DraftEditing editing, MaterialLibrary library, IStringLocalizer<SharedResource> text) : PageModel
{
    public CourseDraft Draft { get; private set; } = null!;

    public CourseLesson Lesson { get; private set; } = null!;

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public LessonInput Input { get; set; } = new();

    /// <summary>Deleting cannot be undone from the editor, so the facilitator ticks a box to say they mean it.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    private (int Module, int Lesson) Position { get; set; }

    /// <summary>The published materials a lesson can offer.</summary>
    public IReadOnlyList<MaterialSummary> Library { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid courseId, Guid lessonKey)
    {
        if (!await LoadAsync(courseId, lessonKey))
        {
            return NotFound();
        }

        (Revision, Input) = (Draft.Revision, LessonInput.From(Lesson).WithBlanks());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid courseId, Guid lessonKey)
    {
        if (!await LoadAsync(courseId, lessonKey))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (lesson, formField) = Input.Build(Lesson);
        var saved = await editing.SaveAsync(
            Draft,
            Revision,
            User.UserId(),
            content => Replace(content, lessonKey, lesson),
            ModelState,
            path => DraftEditing.InsideLesson(path, Position.Module, Position.Lesson) is { } inside ? formField(inside) : "");
        return saved ? Redirect($"/authoring/courses/{courseId}/lessons/{lessonKey}?saved=true") : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid courseId, Guid lessonKey)
    {
        if (!await LoadAsync(courseId, lessonKey))
        {
            return NotFound();
        }

        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), text["Authoring.ConfirmDeleteRequired"]);
        }

        var saved = ModelState.IsValid && await editing.SaveAsync(
            Draft,
            Revision,
            User.UserId(),
            content => content with { Modules = [.. content.Modules.Select(m => m with { Lessons = [.. m.Lessons.Where(l => l.Key != lessonKey)] })] },
            ModelState,
            _ => "");
        if (saved)
        {
            return Redirect($"/authoring/courses/{courseId}#modules");
        }

        Input = LessonInput.From(Lesson).WithBlanks();
        return Page();
    }

    private static CourseContent Replace(CourseContent content, Guid lessonKey, CourseLesson lesson) => content with
    {
        Modules = [.. content.Modules.Select(m => m with { Lessons = [.. m.Lessons.Select(l => l.Key == lessonKey ? lesson : l)] })],
    };

    private async Task<bool> LoadAsync(Guid courseId, Guid lessonKey)
    {
        if (await editing.LoadAsync(courseId) is not { } draft)
        {
            return false;
        }

        for (var m = 0; m < draft.Content.Modules.Count; m++)
        {
            var lessons = draft.Content.Modules[m].Lessons;
            for (var l = 0; l < lessons.Count; l++)
            {
                if (lessons[l].Key == lessonKey)
                {
                    (Draft, Lesson, Position) = (draft, lessons[l], (m, l));
                    Library = await library.PublishedAsync();
                    return true;
                }
            }
        }

        return false;
    }
}
