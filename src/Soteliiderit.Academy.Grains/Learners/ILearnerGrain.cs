using Orleans;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Grains.Learners;

/// <summary>
/// One learner, keyed by user id: enrollments, lesson progress, completions and certificates.
/// Every write of those rows goes through here, one call at a time, so a double click or two tabs
/// can neither count a lesson twice nor lose one.
/// </summary>
public interface ILearnerGrain : IGrainWithStringKey
{
    Task<CourseProgress> Enroll(Guid courseId);

    /// <summary>Progress in a course, or null when not enrolled.</summary>
    Task<CourseProgress?> GetProgress(Guid courseId);

    /// <summary>Remembers the lesson as the place to resume from.</summary>
    Task<CourseProgress> OpenLesson(Guid courseId, Guid lessonKey);

    /// <summary>Marks a text or video lesson done.</summary>
    Task<CourseProgress> CompleteLesson(Guid courseId, Guid lessonKey);

    Task<CourseProgress> SubmitReflection(Guid courseId, Guid lessonKey, string answer);

    Task<QuizOutcome> SubmitQuiz(Guid courseId, Guid lessonKey, IReadOnlyList<QuizAnswer> answers);

    Task<LearnerDashboard> GetDashboard();

    /// <summary>Reads this learner's webinar credits for the course again (a webinar of it ended) and completes the course when they suffice.</summary>
    Task ReckonWebinars(Guid courseId);
}

[GenerateSerializer, Immutable]
public sealed record LessonState(Guid LessonKey, bool Done, int? QuizScore, string? Reflection);

[GenerateSerializer, Immutable]
public sealed record CertificateSummary(Guid Id, string Code, DateTime IssuedAt);

[GenerateSerializer, Immutable]
public sealed record CourseProgress(
    Guid CourseId,
    int CourseVersion,
    DateTime EnrolledAt,
    Guid? LastLessonKey,
    Guid? ResumeLessonKey,
    IReadOnlyList<LessonState> Lessons,
    CompletionState Completion,
    DateTime? CompletedAt,
    CertificateSummary? Certificate)
{
    public LessonState? Lesson(Guid key) => Lessons.FirstOrDefault(l => l.LessonKey == key);
}

[GenerateSerializer, Immutable]
public sealed record QuizOutcome(QuizResult Result, CourseProgress Progress);

[GenerateSerializer, Immutable]
public sealed record DashboardCourse(
    Guid CourseId,
    LocalizedText Title,
    int Percent,
    DateTime? CompletedAt,
    Guid? ResumeLessonKey,
    CertificateSummary? Certificate);

[GenerateSerializer, Immutable]
public sealed record LearnerDashboard(string DisplayName, IReadOnlyList<DashboardCourse> Courses);
