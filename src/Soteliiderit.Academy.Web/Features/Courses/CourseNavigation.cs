using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Web.Features.Courses;

/// <summary>Where a lesson sits in its course: module, position, previous and next.</summary>
public sealed record LessonPlace(CourseModule Module, CourseLesson Lesson, int Number, int Count, CourseLesson? Previous, CourseLesson? Next)
{
    public static LessonPlace? Find(CourseContent content, Guid lessonKey)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lessons = content.Modules.SelectMany(m => m.Lessons.Select(l => (Module: m, Lesson: l))).ToList();
        var index = lessons.FindIndex(x => x.Lesson.Key == lessonKey);
        if (index < 0)
        {
            return null;
        }

        return new LessonPlace(
            lessons[index].Module,
            lessons[index].Lesson,
            index + 1,
            lessons.Count,
            index > 0 ? lessons[index - 1].Lesson : null,
            index + 1 < lessons.Count ? lessons[index + 1].Lesson : null);
    }
}
