using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Grains.Courses;

/// <summary>
/// The rules a draft keeps to be saved (well-formed: titles, lengths, addresses, quiz questions that can be answered
/// right) and the stricter ones to be published (complete: every video has its address, every quiz its questions).
/// </summary>
public static class CourseContentValidator
{
    public const int MaxWebinarsRequired = 10;

    public const int MaxModules = 50;
    public const int MaxLessonsPerModule = 50;
    public const int MaxQuestions = 50;
    public const int MaxOptions = 10;
    public const int MaxLessonMinutes = 240;

    public static IReadOnlyList<FieldError> ForSave(CourseContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<FieldError>();
        if (content.Modules is null)
        {
            return [new FieldError("Modules", "Required")];
        }

        RequireText(errors, "Title", content.Title, Limits.Title);
        OptionalText(errors, "Summary", content.Summary, Limits.Summary);
        if (content.WebinarsRequired is < 0 or > MaxWebinarsRequired)
        {
            errors.Add(new FieldError(nameof(content.WebinarsRequired), "OutOfRange", 0, MaxWebinarsRequired));
        }

        if (content.WebinarAttendancePercent is < 1 or > 100)
        {
            errors.Add(new FieldError(nameof(content.WebinarAttendancePercent), "OutOfRange", 1, 100));
        }
        if (content.Modules.Count > MaxModules)
        {
            errors.Add(new FieldError("Modules", "TooMany", MaxModules));
        }

        var keys = new HashSet<Guid>();
        for (var m = 0; m < content.Modules.Count; m++)
        {
            var module = content.Modules[m];
            var path = $"Modules[{m}]";
            if (module?.Lessons is null)
            {
                errors.Add(new FieldError(path, "Required"));
                continue;
            }

            UniqueKey(errors, path, module.Key, keys);
            RequireText(errors, $"{path}.Title", module.Title, Limits.Title);
            if (module.Lessons.Count > MaxLessonsPerModule)
            {
                errors.Add(new FieldError($"{path}.Lessons", "TooMany", MaxLessonsPerModule));
            }

            for (var l = 0; l < module.Lessons.Count; l++)
            {
                ValidateLesson(errors, $"{path}.Lessons[{l}]", module.Lessons[l], keys);
            }
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> ForPublish(CourseContent content)
    {
        var errors = ForSave(content).ToList();
        if (errors.Count > 0)
        {
            // A draft that cannot even be saved is not looked at for completeness.
            return errors;
        }

        if (!content.Lessons.Any(l => l.Required))
        {
            errors.Add(new FieldError("Modules", "CourseNeedsRequiredLesson"));
        }

        for (var m = 0; m < content.Modules.Count; m++)
        {
            var module = content.Modules[m];
            if (module.Lessons.Count == 0)
            {
                errors.Add(new FieldError($"Modules[{m}].Lessons", "ModuleNeedsLesson"));
            }

            for (var l = 0; l < module.Lessons.Count; l++)
            {
                RequireComplete(errors, $"Modules[{m}].Lessons[{l}]", module.Lessons[l]);
            }
        }

        return errors;
    }

    private static void RequireComplete(List<FieldError> errors, string path, CourseLesson lesson)
    {
        if (lesson.Kind == LessonKind.Video && lesson.VideoUrl is null)
        {
            errors.Add(new FieldError($"{path}.VideoUrl", "WebAddressRequired"));
        }

        if (lesson.Kind is LessonKind.Reflection or LessonKind.Text && lesson.Body.IsEmpty)
        {
            errors.Add(new FieldError($"{path}.Body", "Required"));
        }

        if (lesson.Kind == LessonKind.Quiz && (lesson.Quiz is null || lesson.Quiz.Questions.Count == 0))
        {
            errors.Add(new FieldError($"{path}.Quiz.Questions", "QuizNeedsQuestion"));
        }
    }

    private static void ValidateLesson(List<FieldError> errors, string path, CourseLesson? lesson, HashSet<Guid> keys)
    {
        if (lesson is null)
        {
            errors.Add(new FieldError(path, "Required"));
            return;
        }

        UniqueKey(errors, path, lesson.Key, keys);
        RequireText(errors, $"{path}.Title", lesson.Title, Limits.Title);
        OptionalText(errors, $"{path}.Body", lesson.Body, Limits.LessonBody);
        if (!Enum.IsDefined(lesson.Kind))
        {
            errors.Add(new FieldError($"{path}.Kind", "Invalid"));
        }

        if (lesson.Minutes is < 1 or > MaxLessonMinutes)
        {
            errors.Add(new FieldError($"{path}.Minutes", "OutOfRange", 1, MaxLessonMinutes));
        }

        if (lesson.VideoUrl is not null && !IsWebUrl(lesson.VideoUrl))
        {
            errors.Add(new FieldError($"{path}.VideoUrl", "WebAddress"));
        }

        if (lesson.Kind == LessonKind.Quiz && lesson.Quiz is { } quiz)
        {
            if (quiz.Questions is null)
            {
                errors.Add(new FieldError($"{path}.Quiz.Questions", "Required"));
                return;
            }

            ValidateQuiz(errors, $"{path}.Quiz", quiz, keys);
        }
    }

    private static void ValidateQuiz(List<FieldError> errors, string path, Quiz quiz, HashSet<Guid> keys)
    {
        if (quiz.PassMarkPercent is < 1 or > 100)
        {
            errors.Add(new FieldError($"{path}.PassMarkPercent", "OutOfRange", 1, 100));
        }

        if (quiz.Questions.Count > MaxQuestions)
        {
            errors.Add(new FieldError($"{path}.Questions", "TooMany", MaxQuestions));
        }

        for (var q = 0; q < quiz.Questions.Count; q++)
        {
            var question = quiz.Questions[q];
            var questionPath = $"{path}.Questions[{q}]";
            if (question?.Options is null || question.Options.Any(o => o is null))
            {
                errors.Add(new FieldError(questionPath, "Required"));
                continue;
            }

            UniqueKey(errors, questionPath, question.Key, keys);
            RequireText(errors, $"{questionPath}.Prompt", question.Prompt, Limits.Title * 2);
            if (question.Options.Count is < 2 or > MaxOptions)
            {
                errors.Add(new FieldError($"{questionPath}.Options", "OptionCount", 2, MaxOptions));
            }

            for (var o = 0; o < question.Options.Count; o++)
            {
                UniqueKey(errors, $"{questionPath}.Options[{o}]", question.Options[o].Key, keys);
                RequireText(errors, $"{questionPath}.Options[{o}].Text", question.Options[o].Text, Limits.Title);
            }

            var correct = question.Options.Count(o => o.Correct);
            if (correct == 0)
            {
                errors.Add(new FieldError($"{questionPath}.Options", "QuestionNeedsCorrectOption"));
            }
            else if (!question.MultipleAnswers && correct > 1)
            {
                errors.Add(new FieldError($"{questionPath}.Options", "SingleChoiceHasOneCorrect"));
            }
        }
    }

    private static void RequireText(List<FieldError> errors, string field, LocalizedText? text, int maxLength)
    {
        if (text is null || text.IsEmpty)
        {
            errors.Add(new FieldError(field, "Required"));
            return;
        }

        OptionalText(errors, field, text, maxLength);
    }

    private static void OptionalText(List<FieldError> errors, string field, LocalizedText? text, int maxLength)
    {
        foreach (var language in Languages.All)
        {
            if (text?[language] is { Length: var length } && length > maxLength)
            {
                errors.Add(new FieldError($"{field}.{language}", "TooLong", maxLength));
            }
        }
    }

    private static void UniqueKey(List<FieldError> errors, string path, Guid key, HashSet<Guid> keys)
    {
        if (key == Guid.Empty || !keys.Add(key))
        {
            errors.Add(new FieldError($"{path}.Key", "DuplicateKey"));
        }
    }

    public static bool IsWebUrl(string? url) =>
        url is { Length: > 0 and <= Limits.Url }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
