using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Courses;

/// <summary>A course as a learner sees it: quiz options without which ones are correct.</summary>
public sealed record CourseView(Guid Id, int Version, LocalizedText Title, LocalizedText Summary, CourseThemes Themes, IReadOnlyList<ModuleView> Modules, CourseProgress? Progress);

public sealed record ModuleView(Guid Key, LocalizedText Title, IReadOnlyList<LessonView> Lessons);

public sealed record LessonView(Guid Key, LessonKind Kind, LocalizedText Title, LocalizedText Body, bool Required, int Minutes, string? VideoUrl, QuizView? Quiz);

public sealed record QuizView(int PassMarkPercent, IReadOnlyList<QuestionView> Questions);

public sealed record QuestionView(Guid Key, LocalizedText Prompt, bool MultipleAnswers, IReadOnlyList<OptionView> Options);

public sealed record OptionView(Guid Key, LocalizedText Text);

public sealed record ReflectionRequest(string Answer);

public sealed record QuizAttemptRequest(IReadOnlyList<QuizAnswer> Answers);

public static class CoursesApi
{
    public static IEndpointRouteBuilder MapCoursesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/dashboard", (HttpContext context, IGrainFactory grains) => Learner(context, grains).GetDashboard())
            .WithTags("Courses").WithSummary("The caller's courses, progress and certificates.");

        var courses = app.MapGroup("/api/courses").WithTags("Courses");
        courses.MapGet("", SearchAsync).WithSummary("Published courses, optionally filtered by language (fi, sv, en) and theme.");
        courses.MapGet("/{courseId:guid}", GetAsync).WithSummary("A published course's outline and the caller's progress in it.");
        courses.MapPost("/{courseId:guid}/enrollment", EnrollAsync).WithSummary("Enroll the caller; 409 when already enrolled.");
        courses.MapGet("/{courseId:guid}/progress", GetProgressAsync).WithSummary("The caller's progress; 404 when not enrolled.");
        courses.MapPost("/{courseId:guid}/lessons/{lessonKey:guid}/completion", (Guid courseId, Guid lessonKey, HttpContext context, IGrainFactory grains) =>
                Learner(context, grains).CompleteLesson(courseId, lessonKey))
            .WithSummary("Mark a text or video lesson done (idempotent).");
        courses.MapPut("/{courseId:guid}/lessons/{lessonKey:guid}/reflection", (Guid courseId, Guid lessonKey, ReflectionRequest request, HttpContext context, IGrainFactory grains) =>
                Learner(context, grains).SubmitReflection(courseId, lessonKey, request.Answer))
            .WithSummary("Save the caller's answer to a reflection task; only the caller ever sees it.");
        courses.MapPost("/{courseId:guid}/lessons/{lessonKey:guid}/quiz-attempts", (Guid courseId, Guid lessonKey, QuizAttemptRequest request, HttpContext context, IGrainFactory grains) =>
                Learner(context, grains).SubmitQuiz(courseId, lessonKey, request.Answers ?? []))
            .WithSummary("Answer a quiz; the lesson counts as done when the pass mark is met.");
        return app;
    }

    private static ILearnerGrain Learner(HttpContext context, IGrainFactory grains) => grains.GetGrain<ILearnerGrain>(context.User.UserKey());

    private static async Task<Ok<IReadOnlyList<CatalogEntry>>> SearchAsync(string? language, CourseThemes? theme, HttpContext context, CourseCatalog catalog) =>
        TypedResults.Ok(await catalog.SearchAsync(context.User, language, theme));

    private static async Task<Results<Ok<CourseView>, NotFound>> GetAsync(Guid courseId, HttpContext context, IGrainFactory grains)
    {
        var progress = await Learner(context, grains).GetProgress(courseId);
        if (await StudiedVersion.ForAsync(grains, courseId, progress) is not { } course)
        {
            return TypedResults.NotFound();
        }

        var content = course.Content;
        return TypedResults.Ok(new CourseView(
            course.CourseId,
            course.Version,
            content.Title,
            content.Summary,
            content.Themes,
            [.. content.Modules.Select(m => new ModuleView(m.Key, m.Title, [.. m.Lessons.Select(ToView)]))],
            progress));
    }

    private static async Task<Created<CourseProgress>> EnrollAsync(Guid courseId, HttpContext context, IGrainFactory grains) =>
        TypedResults.Created($"/api/courses/{courseId}/progress", await Learner(context, grains).Enroll(courseId));

    private static async Task<Results<Ok<CourseProgress>, NotFound>> GetProgressAsync(Guid courseId, HttpContext context, IGrainFactory grains) =>
        await Learner(context, grains).GetProgress(courseId) is { } progress ? TypedResults.Ok(progress) : TypedResults.NotFound();

    private static LessonView ToView(CourseLesson lesson) => new(
        lesson.Key,
        lesson.Kind,
        lesson.Title,
        lesson.Body,
        lesson.Required,
        lesson.Minutes,
        lesson.VideoUrl,
        lesson.Quiz is { } quiz
            ? new QuizView(quiz.PassMarkPercent, [.. quiz.Questions.Select(q => new QuestionView(q.Key, q.Prompt, q.MultipleAnswers, [.. q.Options.Select(o => new OptionView(o.Key, o.Text))]))])
            : null);
}
