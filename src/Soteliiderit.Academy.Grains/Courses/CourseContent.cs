using Orleans;
using Soteliiderit.Academy.Data.Courses;

namespace Soteliiderit.Academy.Grains.Courses;

/// <summary>
/// A course as the facilitator writes it: a topic cut into bite-sized lessons a busy supervisor finishes in minutes.
/// The same document is the draft and, frozen, a published version.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CourseContent(
    LocalizedText Title,
    LocalizedText Summary,
    CourseThemes Themes,
    IReadOnlyList<CourseModule> Modules)
{
    /// <summary>Webinars of this course a learner must attend for the course to complete.</summary>
    [Id(0)]
    public int WebinarsRequired { get; init; }

    /// <summary>The share of a webinar's scheduled time a learner must be in the room for it to count.</summary>
    [Id(1)]
    public int WebinarAttendancePercent { get; init; } = DefaultWebinarAttendancePercent;

    /// <summary>What share counts when no course says otherwise (a webinar of no course, assigned by HR).</summary>
    public const int DefaultWebinarAttendancePercent = 75;

    public static CourseContent New(LocalizedText title) => new(title, LocalizedText.Empty, CourseThemes.RemoteLeadership, []);

    public IEnumerable<CourseLesson> Lessons => Modules.SelectMany(m => m.Lessons);

    public CourseLesson? FindLesson(Guid key) => Lessons.FirstOrDefault(l => l.Key == key);

    /// <summary>
    /// The languages the whole course is written in: every text it has (titles, summary, lesson bodies, questions,
    /// options) exists in each of them. What the catalogue's language badges and filter say.
    /// </summary>
    public IReadOnlyList<string> WrittenIn()
    {
        var texts = Texts().Where(text => text is { IsEmpty: false }).ToList();
        return texts.Count == 0 ? [] : [.. Languages.All.Where(language => texts.All(text => !string.IsNullOrWhiteSpace(text![language])))];
    }

    private IEnumerable<LocalizedText?> Texts()
    {
        yield return Title;
        yield return Summary;
        foreach (var module in Modules)
        {
            yield return module.Title;
            foreach (var lesson in module.Lessons)
            {
                yield return lesson.Title;
                yield return lesson.Body;
                foreach (var question in lesson.Quiz?.Questions ?? [])
                {
                    yield return question.Prompt;
                    foreach (var option in question.Options)
                    {
                        yield return option.Text;
                    }
                }
            }
        }
    }
}

[GenerateSerializer, Immutable]
public sealed record CourseModule(Guid Key, LocalizedText Title, IReadOnlyList<CourseLesson> Lessons);

[GenerateSerializer]
public enum LessonKind
{
    /// <summary>A short theory text or a practical tool, in Markdown.</summary>
    Text = 1,

    /// <summary>A short video, with a text that introduces it.</summary>
    Video = 2,

    /// <summary>A question to think over; the written answer is seen by its author only.</summary>
    Reflection = 3,

    /// <summary>Single and multiple choice questions with a pass mark.</summary>
    Quiz = 4,
}

[GenerateSerializer, Immutable]
public sealed record CourseLesson(
    Guid Key,
    LessonKind Kind,
    LocalizedText Title,
    LocalizedText Body,
    bool Required = true,
    int Minutes = 5,
    string? VideoUrl = null,
    Quiz? Quiz = null)
{
    /// <summary>Coaching material offered with the lesson (ids in the material library). Not part of the lesson's hash: attaching a worksheet does not undo anyone's progress.</summary>
    [Id(0)]
    public IReadOnlyList<Guid> Materials { get; init; } = [];
}

[GenerateSerializer, Immutable]
public sealed record Quiz(int PassMarkPercent, IReadOnlyList<QuizQuestion> Questions);

[GenerateSerializer, Immutable]
public sealed record QuizQuestion(Guid Key, LocalizedText Prompt, bool MultipleAnswers, IReadOnlyList<QuizOption> Options);

[GenerateSerializer, Immutable]
public sealed record QuizOption(Guid Key, LocalizedText Text, bool Correct);
