using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Orleans;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Materials;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Courses;

/// <summary>The lesson player. Every action is a plain form post, so it works by keyboard and without script.</summary>
public sealed class LessonModel(IGrainFactory grains, MaterialLibrary library, ErrorMessages messages) : PageModel
{
    public const string AnswerPrefix = "answer.";

    public PublishedCourse Course { get; private set; } = null!;

    public CourseProgress Progress { get; private set; } = null!;

    public LessonPlace Place { get; private set; } = null!;

    public QuizResult? QuizResult { get; private set; }

    /// <summary>The lesson's materials that are published now; a material taken back to draft drops out.</summary>
    public IReadOnlyList<MaterialSummary> Materials { get; private set; } = [];

    /// <summary>Options picked in the quiz just submitted, to show them again with the result.</summary>
    public ISet<string> Picked { get; private set; } = new HashSet<string>();

    [BindProperty]
    public string? Reflection { get; set; }

    /// <summary>A video lesson's address when it is a file a browser plays itself (MP4, WebM); else it opens elsewhere.</summary>
    public Uri? PlayableVideo { get; private set; }

    private static readonly string[] VideoFiles = [".mp4", ".m4v", ".webm"];

    private ILearnerGrain Learner => grains.GetGrain<ILearnerGrain>(User.UserKey());

    public async Task<IActionResult> OnGetAsync(Guid courseId, Guid lessonKey)
    {
        try
        {
            var progress = await Learner.OpenLesson(courseId, lessonKey);
            return await ShowAsync(progress, lessonKey);
        }
        catch (RuleViolationException violation) when (violation.Code == "NotEnrolled")
        {
            return Redirect($"/courses/{courseId}");
        }
        catch (RuleViolationException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostCompleteAsync(Guid courseId, Guid lessonKey) =>
        ActAsync(courseId, lessonKey, () => Learner.CompleteLesson(courseId, lessonKey));

    public Task<IActionResult> OnPostReflectionAsync(Guid courseId, Guid lessonKey) =>
        ActAsync(courseId, lessonKey, () => Learner.SubmitReflection(courseId, lessonKey, Reflection ?? ""), _ => nameof(Reflection));

    public async Task<IActionResult> OnPostQuizAsync(Guid courseId, Guid lessonKey)
    {
        var answers = ReadAnswers();
        Picked = answers.SelectMany(a => a.OptionKeys.Select(o => $"{a.QuestionKey}:{o}")).ToHashSet();
        QuizOutcome? outcome = null;
        var result = await ActAsync(
            courseId,
            lessonKey,
            async () =>
            {
                outcome = await Learner.SubmitQuiz(courseId, lessonKey, answers);
                return outcome.Progress;
            },
            QuestionField);
        if (outcome is { Result.Passed: false } failed && result is RedirectResult)
        {
            // A failed attempt stays on the page with its result, so the learner sees what to look at again.
            QuizResult = failed.Result;
            return await ShowAsync(failed.Progress, lessonKey);
        }

        return result;
    }

    /// <summary>
    /// Runs one learner action, then moves on: to the certificate when this action completed the course, else to the
    /// next lesson. A refused action shows the lesson again with the reason.
    /// </summary>
    private async Task<IActionResult> ActAsync(Guid courseId, Guid lessonKey, Func<Task<CourseProgress>> action, Func<string, string>? field = null)
    {
        CourseProgress? before;
        CourseProgress after;
        try
        {
            before = await Learner.GetProgress(courseId);
            after = await action();
        }
        catch (RuleViolationException violation) when (violation.Code == "NotEnrolled")
        {
            return Redirect($"/courses/{courseId}");
        }
        catch (RuleViolationException violation) when (violation.Kind == RuleKind.Invalid)
        {
            ModelState.AddRuleViolation(violation, messages, field);
            return await Learner.GetProgress(courseId) is { } current ? await ShowAsync(current, lessonKey) : NotFound();
        }
        catch (RuleViolationException)
        {
            return NotFound();
        }

        if (before?.Certificate is null && after.Certificate is { } certificate)
        {
            return Redirect($"/certificates/{certificate.Id}?completed=true");
        }

        var course = await CourseVersion(after);
        var next = LessonPlace.Find(course.Content, lessonKey)?.Next;
        return Redirect(next is null ? $"/courses/{courseId}" : $"/courses/{courseId}/lessons/{next.Key}");
    }

    private async Task<IActionResult> ShowAsync(CourseProgress progress, Guid lessonKey)
    {
        Progress = progress;
        Course = await CourseVersion(progress);
        if (LessonPlace.Find(Course.Content, lessonKey) is not { } place)
        {
            return NotFound();
        }

        Place = place;
        Materials = place.Lesson.Materials.Count == 0 ? [] : await library.PublishedAsync(place.Lesson.Materials);
        if (place.Lesson is { Kind: LessonKind.Video, VideoUrl: { } url } && Uri.TryCreate(url, UriKind.Absolute, out var video)
            && VideoFiles.Any(extension => video.AbsolutePath.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
        {
            PlayableVideo = video;
            SecurityHeaders.AllowMedia(Response, video);
        }

        Reflection ??= progress.Lesson(lessonKey)?.Reflection;
        return Page();
    }

    private async Task<PublishedCourse> CourseVersion(CourseProgress progress) =>
        await grains.GetGrain<ICourseGrain>(progress.CourseId.ToString()).GetVersion(progress.CourseVersion)
        ?? throw RuleViolationException.NotFound("CourseNotFound");

    /// <summary>"Questions[2]" in the grader's refusal is the third question's fieldset, "q2".</summary>
    public static string QuestionField(string path) =>
        path.StartsWith("Questions[", StringComparison.Ordinal) && path.EndsWith(']') ? "q" + path["Questions[".Length..^1] : "";

    /// <summary>Radio and checkbox values are "questionKey:optionKey"; anything else is dropped and the grain judges the rest.</summary>
    private List<QuizAnswer> ReadAnswers()
    {
        var answers = new List<QuizAnswer>();
        foreach (var (name, values) in Request.Form)
        {
            if (!name.StartsWith(AnswerPrefix, StringComparison.Ordinal) || !Guid.TryParse(name[AnswerPrefix.Length..], out var question))
            {
                continue;
            }

            var options = values
                .Select(v => v?.Split(':') is [var q, var o] && Guid.TryParse(q, out var qk) && qk == question && Guid.TryParse(o, out var ok) ? ok : Guid.Empty)
                .ToList();
            answers.Add(new QuizAnswer(question, options));
        }

        return answers;
    }
}
