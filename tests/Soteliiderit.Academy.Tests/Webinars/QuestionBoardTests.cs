using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>The rules of the room's questions, without a grain or a database.</summary>
public sealed class QuestionBoardTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Participant Anna = new(Guid.NewGuid(), "Anna Korhonen", IsAdmin: false);
    private static readonly Participant Pekka = new(Guid.NewGuid(), "Pekka Virtanen", IsAdmin: false);
    private readonly Guid _webinar = Guid.NewGuid();
    private readonly QuestionBoard _board = new();

    [Fact]
    public void A_question_waiting_for_approval_is_seen_by_its_asker_and_facilitators_only_and_cannot_be_upvoted()
    {
        var pending = Asked(Anna, needsApproval: true);

        Assert.Single(_board.ViewsFor(facilitator: false, Anna.UserId));
        Assert.Single(_board.ViewsFor(facilitator: true, Guid.NewGuid()));
        Assert.Empty(_board.ViewsFor(facilitator: false, Pekka.UserId));
        Assert.Equal("QuestionNotFound", Assert.Throws<RuleViolationException>(() => _board.Upvoted(pending.Id, Pekka.UserId, facilitator: false)).Code);
    }

    [Fact]
    public void One_upvote_per_person_and_only_on_an_open_question()
    {
        var question = Asked(Anna);
        _board.Put(_board.Upvoted(question.Id, Pekka.UserId, facilitator: false));
        _board.RecordUpvote(question.Id, Pekka.UserId);

        Assert.Equal("AlreadyUpvoted", Assert.Throws<RuleViolationException>(() => _board.Upvoted(question.Id, Pekka.UserId, facilitator: false)).Code);
        Assert.Equal(1, Assert.Single(_board.ViewsFor(facilitator: false, Anna.UserId)).Upvotes);
        Assert.Equal([question.Id], _board.UpvotedBy(Pekka.UserId));
        _board.Put(_board.Answered(question.Id, dismiss: false));
        Assert.Equal("QuestionClosed", Assert.Throws<RuleViolationException>(() => _board.Upvoted(question.Id, Anna.UserId, facilitator: false)).Code);
    }

    [Fact]
    public void A_question_dismissed_before_approval_is_declined_and_one_dismissed_after_is_dismissed()
    {
        var pending = Asked(Anna, needsApproval: true);
        var open = Asked(Pekka);

        Assert.Equal(QuestionState.Declined, _board.Answered(pending.Id, dismiss: true).State);
        Assert.Equal(QuestionState.Dismissed, _board.Answered(open.Id, dismiss: true).State);
        Assert.Equal(QuestionState.Open, _board.Approved(pending.Id).State);
        Assert.Equal("QuestionClosed", Assert.Throws<RuleViolationException>(() => _board.Approved(open.Id)).Code);
    }

    private WebinarQuestion Asked(Participant who, bool needsApproval = false)
    {
        var question = QuestionBoard.Ask(_webinar, who, $"Kysymys {who.Name}", anonymous: false, needsApproval, Now);
        _board.Put(question);
        return question;
    }
}
