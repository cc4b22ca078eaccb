using Orleans;
namespace Soteliiderit.Academy.Grains.Courses;

/// <summary>The options a learner picked for one question.</summary>
[GenerateSerializer, Immutable]
public sealed record QuizAnswer(Guid QuestionKey, IReadOnlyList<Guid> OptionKeys);

[GenerateSerializer, Immutable]
public sealed record QuestionResult(Guid QuestionKey, bool Correct);

[GenerateSerializer, Immutable]
public sealed record QuizResult(int ScorePercent, int PassMarkPercent, bool Passed, IReadOnlyList<QuestionResult> Questions);

public static class QuizGrader
{
    /// <summary>
    /// A question is right when exactly its correct options were picked. A quiz with a question left unanswered is
    /// refused (naming each such question by its place) rather than graded: a forgotten answer is not a wrong one.
    /// Answers naming questions or options that are not in the quiz are refused, not ignored.
    /// </summary>
    public static QuizResult Grade(Quiz quiz, IReadOnlyList<QuizAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(answers);
        var picked = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var answer in answers)
        {
            if (answer is null)
            {
                throw RuleViolationException.Invalid("QuizAnswerInvalid");
            }

            var question = quiz.Questions.FirstOrDefault(q => q.Key == answer.QuestionKey);
            var options = answer.OptionKeys?.ToHashSet() ?? [];
            if (question is null
                || !picked.TryAdd(answer.QuestionKey, options)
                || options.Count != (answer.OptionKeys?.Count ?? 0)
                || options.Any(key => question.Options.All(o => o.Key != key))
                || (!question.MultipleAnswers && options.Count > 1))
            {
                throw RuleViolationException.Invalid("QuizAnswerInvalid");
            }
        }

        var unanswered = quiz.Questions
            .Select((question, index) => (question, index))
            .Where(x => !picked.TryGetValue(x.question.Key, out var chosen) || chosen.Count == 0)
            .Select(x => new FieldError($"Questions[{x.index}]", "QuizUnanswered", x.index + 1))
            .ToList();
        if (unanswered.Count > 0)
        {
            throw RuleViolationException.InvalidFields(unanswered);
        }

        var results = quiz.Questions
            .Select(q => new QuestionResult(
                q.Key,
                picked.TryGetValue(q.Key, out var chosen) && chosen.SetEquals(q.Options.Where(o => o.Correct).Select(o => o.Key))))
            .ToList();
        var score = quiz.Questions.Count == 0 ? 0 : results.Count(r => r.Correct) * 100 / quiz.Questions.Count;
        return new QuizResult(score, quiz.PassMarkPercent, score >= quiz.PassMarkPercent, results);
    }
}
