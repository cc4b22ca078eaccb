using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>The room's poll without a grain or a database: one open at a time, one vote each, results kept.</summary>
public sealed class SessionPollsTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Pekka = Guid.NewGuid();
    private readonly SessionPolls _polls = new();

    [Fact]
    public void One_vote_per_person_on_an_offered_option_and_the_closed_poll_keeps_its_results()
    {
        var opened = Opened("Pidättekö viikkopalaverin?", "Kyllä", "Ei");
        _polls.CheckVote(opened.Row.Id, Anna, 0);
        _polls.Voted(Anna, 0);

        Assert.Equal("AlreadyVoted", Assert.Throws<RuleViolationException>(() => _polls.CheckVote(opened.Row.Id, Anna, 1)).Code);
        Assert.Equal("InvalidOption", Assert.Throws<RuleViolationException>(() => _polls.CheckVote(opened.Row.Id, Pekka, 2)).Code);
        Assert.True(_polls.HasVoted(Anna));
        var closed = _polls.Close(opened.Row.Id, Now.AddMinutes(2));
        _polls.Apply(closed);

        Assert.False(closed.View.IsOpen);
        Assert.Equal([1, 0], closed.View.Results!);
        Assert.Equal(closed.View, _polls.Current);
        Assert.False(_polls.HasVoted(Anna));
        Assert.Equal("PollClosed", Assert.Throws<RuleViolationException>(() => _polls.CheckVote(opened.Row.Id, Pekka, 0)).Code);
    }

    [Fact]
    public void A_second_poll_waits_until_the_first_is_closed_and_a_poll_needs_a_question_and_two_to_ten_options()
    {
        Opened("Ensimmäinen?", "A", "B");

        Assert.Equal("PollAlreadyOpen", Assert.Throws<RuleViolationException>(() => _polls.Open(Guid.NewGuid(), "Toinen?", ["A", "B"], Now)).Code);
        var fresh = new SessionPolls();
        Assert.Equal("InvalidPoll", Assert.Throws<RuleViolationException>(() => fresh.Open(Guid.NewGuid(), " ", ["A", "B"], Now)).Code);
        Assert.Equal("InvalidPoll", Assert.Throws<RuleViolationException>(() => fresh.Open(Guid.NewGuid(), "Yksi?", ["A"], Now)).Code);
        Assert.Equal("InvalidPoll", Assert.Throws<RuleViolationException>(() => fresh.Open(Guid.NewGuid(), "Paljon?", [.. Enumerable.Range(1, 11).Select(i => $"{i}")], Now)).Code);
        Assert.Null(fresh.Current);
    }

    [Fact]
    public void Loaded_from_its_rows_an_open_poll_still_knows_who_voted()
    {
        var row = new WebinarPoll { Id = Guid.NewGuid(), WebinarId = Guid.NewGuid(), Question = "Jatketaanko?", OptionsJson = "[\"Kyllä\",\"Ei\"]", IsOpen = true, OpenedAt = Now };

        _polls.Load(row, [new PollVote { PollId = row.Id, UserId = Anna, Option = 1 }]);

        Assert.True(_polls.HasVoted(Anna));
        Assert.Equal([0, 1], _polls.Current!.Results);
    }

    private PollChange Opened(string question, params string[] options)
    {
        var opened = _polls.Open(Guid.NewGuid(), question, options, Now);
        _polls.Apply(opened);
        return opened;
    }
}
