using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The session's questions and who upvoted which: the rules of asking, upvoting, approving and answering, as
/// changed copies the grain stores before it <see cref="Put"/>s them here. What each person may see of a question is
/// <see cref="RoomAudience"/>'s.
/// </summary>
public sealed class QuestionBoard
{
    private readonly Dictionary<Guid, WebinarQuestion> _questions = [];
    private readonly HashSet<(Guid Question, Guid User)> _upvotes = [];

    public void Load(IEnumerable<WebinarQuestion> questions, IEnumerable<(Guid Question, Guid User)> upvotes)
    {
        foreach (var question in questions)
        {
            Put(question);
        }

        _upvotes.UnionWith(upvotes);
    }

    /// <summary>A question as stored: new, or a changed copy from one of the rules below.</summary>
    public void Put(WebinarQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        _questions[question.Id] = question;
    }

    public void RecordUpvote(Guid questionId, Guid userId) => _upvotes.Add((questionId, userId));

    /// <summary>A new question; it waits for a facilitator's approval where the webinar asks for that.</summary>
    public static WebinarQuestion Ask(Guid webinarId, Participant who, string text, bool anonymous, bool needsApproval, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(who);
        return new WebinarQuestion
        {
            Id = Guid.NewGuid(),
            WebinarId = webinarId,
            AuthorId = who.UserId,
            AuthorName = who.Name,
            Anonymous = anonymous,
            Text = text,
            State = needsApproval ? QuestionState.Pending : QuestionState.Open,
            AskedAt = now,
        };
    }

    /// <summary>The question with one more upvote: only an open question the person can see, once per person.</summary>
    public WebinarQuestion Upvoted(Guid questionId, Guid userId, bool facilitator)
    {
        var question = Visible(questionId, userId, facilitator);
        if (question.State is not QuestionState.Open)
        {
            throw RuleViolationException.Invalid("QuestionClosed");
        }

        return _upvotes.Contains((questionId, userId))
            ? throw RuleViolationException.Conflict("AlreadyUpvoted")
            : Copy(question, upvotes: question.Upvotes + 1);
    }

    public WebinarQuestion Approved(Guid questionId)
    {
        var question = Find(questionId);
        return question.State == QuestionState.Pending
            ? Copy(question, state: QuestionState.Open)
            : throw RuleViolationException.Invalid("QuestionClosed");
    }

    /// <summary>Answered, or dismissed: a question dismissed before anyone else saw it is Declined, so it never reaches them.</summary>
    public WebinarQuestion Answered(Guid questionId, bool dismiss)
    {
        var question = Find(questionId);
        var state = !dismiss ? QuestionState.Answered
            : !question.State.IsLetThrough() ? QuestionState.Declined
            : QuestionState.Dismissed;
        return Copy(question, state: state);
    }

    /// <summary>Every question as this person may see it, oldest first.</summary>
    public IReadOnlyList<QuestionView> ViewsFor(bool facilitator, Guid userId) =>
        [.. _questions.Values.OrderBy(q => q.AskedAt).Select(q => RoomAudience.For(ViewOf(q), facilitator, userId)).OfType<QuestionView>()];

    public IReadOnlyList<Guid> UpvotedBy(Guid userId) => [.. _upvotes.Where(u => u.User == userId).Select(u => u.Question)];

    public static QuestionView ViewOf(WebinarQuestion q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new(q.Id, q.Text, q.AuthorName, q.AuthorId, q.Anonymous, q.State, q.Upvotes, q.AskedAt);
    }

    private WebinarQuestion Find(Guid questionId) =>
        _questions.GetValueOrDefault(questionId) ?? throw RuleViolationException.NotFound("QuestionNotFound");

    private WebinarQuestion Visible(Guid questionId, Guid userId, bool facilitator) =>
        _questions.GetValueOrDefault(questionId) is { } question && RoomAudience.For(ViewOf(question), facilitator, userId) is not null
            ? question
            : throw RuleViolationException.NotFound("QuestionNotFound");

    private static WebinarQuestion Copy(WebinarQuestion q, QuestionState? state = null, int? upvotes = null) => new()
    {
        Id = q.Id,
        WebinarId = q.WebinarId,
        AuthorId = q.AuthorId,
        AuthorName = q.AuthorName,
        Anonymous = q.Anonymous,
        Text = q.Text,
        State = state ?? q.State,
        Upvotes = upvotes ?? q.Upvotes,
        AskedAt = q.AskedAt,
    };
}
