using Orleans;
namespace Soteliiderit.Academy.Grains.Courses;

/// <summary>How far a learner is with a course version, and whether the course is complete.</summary>
[GenerateSerializer, Immutable]
public sealed record CompletionState(
    int RequiredLessons,
    int RequiredLessonsDone,
    int WebinarsRequired,
    int WebinarsAttended,
    bool IsComplete)
{
    /// <summary>Share of the requirements met, 0 to 100, for the progress bar.</summary>
    public int Percent
    {
        get
        {
            var total = RequiredLessons + WebinarsRequired;
            var done = RequiredLessonsDone + Math.Min(WebinarsAttended, WebinarsRequired);
            return total == 0 ? 100 : done * 100 / total;
        }
    }
}

/// <summary>
/// The completion rule of a course: every required lesson done on its current content (a quiz counts as done
/// only when passed) and, once the webinar issue records attendance, the required webinars attended.
/// </summary>
public static class CompletionRule
{
    /// <param name="course">The version the learner studies.</param>
    /// <param name="doneLessons">Lesson key to the content hash the lesson was done on.</param>
    /// <param name="webinarsAttended">Webinars of this course attended above the attendance threshold.</param>
    public static CompletionState Evaluate(PublishedCourse course, IReadOnlyDictionary<Guid, string> doneLessons, int webinarsAttended)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(doneLessons);
        var required = course.Content.Lessons.Where(l => l.Required).ToList();
        var done = required.Count(l => IsDone(course, doneLessons, l.Key));
        var webinars = course.Content.WebinarsRequired;
        return new CompletionState(
            required.Count,
            done,
            webinars,
            webinarsAttended,
            IsComplete: required.Count > 0 && done == required.Count && webinarsAttended >= webinars);
    }

    /// <summary>Done counts only on the content it was done on: a changed lesson must be done again.</summary>
    public static bool IsDone(PublishedCourse course, IReadOnlyDictionary<Guid, string> doneLessons, Guid lessonKey)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(doneLessons);
        return doneLessons.TryGetValue(lessonKey, out var hash) && hash == course.HashOf(lessonKey);
    }
}
