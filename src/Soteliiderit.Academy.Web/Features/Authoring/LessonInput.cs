using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Authoring;

/// <summary>
/// A lesson as its editing form posts it. The quiz part always has one blank question and two blank options
/// per question to fill in, so nothing needs script; blanks are dropped when the lesson is built.
/// </summary>
public sealed class LessonInput
{
    public const int BlankOptions = 2;

    public LocalizedInput Title { get; set; } = new();

    public LocalizedInput Body { get; set; } = new();

    public int Minutes { get; set; } = 5;

    public bool Required { get; set; } = true;

    public string? VideoUrl { get; set; }

    public int PassMarkPercent { get; set; } = 80;

    public List<QuestionInput> Questions { get; set; } = [];

    /// <summary>Ids of the published materials ticked for the lesson.</summary>
    public List<Guid> Materials { get; set; } = [];

    /// <summary>A lesson offers a handful of materials at most; more would bury them.</summary>
    public const int MaxMaterials = 10;

    public static LessonInput From(CourseLesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        return new LessonInput
        {
            Title = LocalizedInput.From(lesson.Title),
            Body = LocalizedInput.From(lesson.Body),
            Minutes = lesson.Minutes,
            Required = lesson.Required,
            VideoUrl = lesson.VideoUrl,
            PassMarkPercent = lesson.Quiz?.PassMarkPercent ?? 80,
            Materials = [.. lesson.Materials],
            Questions = [.. (lesson.Quiz?.Questions ?? []).Select(q => new QuestionInput
            {
                Key = q.Key,
                Prompt = LocalizedInput.From(q.Prompt),
                MultipleAnswers = q.MultipleAnswers,
                Options = [.. q.Options.Select(o => new OptionInput { Key = o.Key, Text = LocalizedInput.From(o.Text), Correct = o.Correct })],
            })],
        };
    }

    /// <summary>Adds the blank question and options the form offers for filling in.</summary>
    public LessonInput WithBlanks()
    {
        foreach (var question in Questions)
        {
            question.Options.AddRange(Enumerable.Range(0, BlankOptions).Select(_ => new OptionInput()));
        }

        Questions.Add(new QuestionInput { Options = [.. Enumerable.Range(0, BlankOptions + 2).Select(_ => new OptionInput())] });
        return this;
    }

    /// <summary>
    /// The lesson this form describes, and a map from the grain's error paths inside the lesson back to form fields
    /// (dropped blanks and removed questions shift the positions).
    /// </summary>
    public (CourseLesson Lesson, Func<string, string> FormField) Build(CourseLesson original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var questionForms = new List<int>();
        var optionForms = new List<List<int>>();
        var questions = new List<QuizQuestion>();
        for (var q = 0; q < Questions.Count; q++)
        {
            var input = Questions[q];
            var options = new List<QuizOption>();
            var optionForm = new List<int>();
            for (var o = 0; o < input.Options.Count; o++)
            {
                var option = input.Options[o];
                if (option.Key is null && option.Text.IsBlank)
                {
                    continue;
                }

                options.Add(new QuizOption(option.Key ?? Guid.NewGuid(), option.Text.ToText(), option.Correct));
                optionForm.Add(o);
            }

            if (input.Remove || (input.Key is null && input.Prompt.IsBlank && options.Count == 0))
            {
                continue;
            }

            questions.Add(new QuizQuestion(input.Key ?? Guid.NewGuid(), input.Prompt.ToText(), input.MultipleAnswers, options));
            questionForms.Add(q);
            optionForms.Add(optionForm);
        }

        var lesson = original with
        {
            Title = Title.ToText(),
            Body = Body.ToText(),
            Minutes = Minutes,
            Required = Required,
            VideoUrl = original.Kind == LessonKind.Video ? VideoUrl : null,
            Quiz = original.Kind == LessonKind.Quiz ? new Quiz(PassMarkPercent, questions) : null,
            Materials = [.. Materials.Distinct().Take(MaxMaterials)],
        };
        return (lesson, path => FormField(path, questionForms, optionForms));
    }

    private static string FormField(string path, List<int> questionForms, List<List<int>> optionForms)
    {
        var match = System.Text.RegularExpressions.Regex.Match(path, @"^Quiz\.Questions\[(\d+)\](?:\.Options\[(\d+)\])?(.*)$");
        if (!match.Success)
        {
            return "Input." + LocalizedInput.FormPath(path.Replace("Quiz.", "", StringComparison.Ordinal));
        }

        var q = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var field = $"Input.Questions[{questionForms[q]}]";
        if (match.Groups[2].Success)
        {
            var o = int.Parse(match.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            field += $".Options[{optionForms[q][o]}]";
        }

        return LocalizedInput.FormPath(field + match.Groups[3].Value);
    }
}

public sealed class QuestionInput
{
    /// <summary>Null for the blank question the form offers for a new one.</summary>
    public Guid? Key { get; set; }

    public LocalizedInput Prompt { get; set; } = new();

    public bool MultipleAnswers { get; set; }

    public bool Remove { get; set; }

    public List<OptionInput> Options { get; set; } = [];
}

public sealed class OptionInput
{
    /// <summary>Null for a blank option the form offers for a new one.</summary>
    public Guid? Key { get; set; }

    public LocalizedInput Text { get; set; } = new();

    public bool Correct { get; set; }
}
