using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Authoring;

/// <summary>
/// The course's outline: details, modules and lessons in order, and publishing. Every form carries the draft
/// revision it was made from, so two editors never overwrite each other unnoticed.
/// </summary>
public sealed class CourseEditorModel(DraftEditing editing, ErrorMessages messages) : PageModel
{
    public CourseDraft Draft { get; private set; } = null!;

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public CourseDetailsInput Input { get; set; } = new();

    [BindProperty]
    public LocalizedInput NewModule { get; set; } = new();

    [BindProperty]
    public NewLessonInput NewLesson { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "published")]
    public int? JustPublished { get; set; }

    /// <summary>Lessons whose content blocks publishing, by key, so the outline can point at them.</summary>
    public IReadOnlySet<Guid> LessonsWithProblems { get; private set; } = new HashSet<Guid>();

    private Guid CourseId => Guid.Parse((string)RouteData.Values["courseId"]!);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = CourseDetailsInput.From(Draft.Content);
        return Page();
    }

    public Task<IActionResult> OnPostDetailsAsync() =>
        SaveAsync(content => Input.ApplyTo(content), path => "Input." + LocalizedInput.FormPath(path), "#details", keepDetails: true);

    public Task<IActionResult> OnPostAddModuleAsync() =>
        SaveAsync(
            content => content with { Modules = [.. content.Modules, new CourseModule(Guid.NewGuid(), NewModule.ToText(), [])] },
            path => DraftEditing.TitleField(path, nameof(NewModule)),
            "#modules");

    public async Task<IActionResult> OnPostAddLessonAsync()
    {
        var key = Guid.NewGuid();
        var lesson = new CourseLesson(key, Enum.IsDefined(NewLesson.Kind) ? NewLesson.Kind : LessonKind.Text, NewLesson.Title.ToText(), LocalizedText.Empty)
        {
            Quiz = NewLesson.Kind == LessonKind.Quiz ? new Quiz(80, []) : null,
        };
        return await SaveAsync(
            content => content.Modules.Any(m => m.Key == NewLesson.ModuleKey)
                ? content with { Modules = [.. content.Modules.Select(m => m.Key == NewLesson.ModuleKey ? m with { Lessons = [.. m.Lessons, lesson] } : m)] }
                : throw new RuleViolationException(RuleKind.Invalid, "ValidationFailed", [new FieldError("NewLesson.ModuleKey", "Required")]),
            path => path.StartsWith("NewLesson", StringComparison.Ordinal) ? path : DraftEditing.TitleField(path, "NewLesson.Title"),
            $"/authoring/courses/{CourseId}/lessons/{key}");
    }

    public Task<IActionResult> OnPostMoveLessonAsync(Guid lessonKey, int offset) =>
        SaveAsync(content => content with { Modules = [.. content.Modules.Select(m => m with { Lessons = Move(m.Lessons, l => l.Key == lessonKey, offset) })] }, path => "", "#modules");

    public Task<IActionResult> OnPostMoveModuleAsync(Guid moduleKey, int offset) =>
        SaveAsync(content => content with { Modules = Move(content.Modules, m => m.Key == moduleKey, offset) }, path => "", "#modules");

    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = CourseDetailsInput.From(Draft.Content);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var published = await editing.Course(CourseId).Publish(Revision, User.UserId());
            return Redirect($"/authoring/courses/{CourseId}?published={published.Version}");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, path => "");
            return Page();
        }
    }

    private async Task<IActionResult> SaveAsync(Func<CourseContent, CourseContent> change, Func<string, string> field, string next, bool keepDetails = false)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // A field that did not bind (a tampered kind, a mistyped number) is reported, never replaced by a default.
        if (ModelState.IsValid && await editing.SaveAsync(Draft, Revision, User.UserId(), change, ModelState, field))
        {
            return Redirect(next.StartsWith('/') ? next : $"/authoring/courses/{CourseId}{next}");
        }

        if (!keepDetails)
        {
            Input = CourseDetailsInput.From(Draft.Content);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await editing.LoadAsync(CourseId) is not { } draft)
        {
            return false;
        }

        Draft = draft;

        LessonsWithProblems = CourseContentValidator.ForPublish(Draft.Content)
            .Select(e => DraftEditing.LessonAt(Draft.Content, e.Field))
            .OfType<Guid>()
            .ToHashSet();
        if (HttpMethods.IsGet(Request.Method))
        {
            Revision = Draft.Revision;
        }

        return true;
    }

    private static List<T> Move<T>(IReadOnlyList<T> items, Func<T, bool> which, int offset)
    {
        var list = items.ToList();
        var from = list.FindIndex(x => which(x));
        var to = from + Math.Sign(offset);
        if (from >= 0 && to >= 0 && to < list.Count)
        {
            (list[from], list[to]) = (list[to], list[from]);
        }

        return list;
    }

    public sealed class NewLessonInput
    {
        public Guid ModuleKey { get; set; }

        public LessonKind Kind { get; set; } = LessonKind.Text;

        public LocalizedInput Title { get; set; } = new();
    }
}
