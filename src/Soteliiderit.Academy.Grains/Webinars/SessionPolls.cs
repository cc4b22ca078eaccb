using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>A poll's row to store and how the room will see it once stored.</summary>
public sealed record PollChange(WebinarPoll Row, PollView View);

/// <summary>
/// The session's poll: at most one open at a time, one vote per person, and the last closed one kept with its
/// results for late joiners. The grain stores each change (<see cref="Open"/>, <see cref="Close"/>, a vote) before
/// it is applied here. What attendees see of an open poll is <see cref="RoomAudience"/>'s.
/// </summary>
public sealed class SessionPolls
{
    private const int MaxOptions = 10;

    private Poll? _open;
    private PollView? _lastClosed;

    /// <summary>The open poll, else the one closed last (with its results).</summary>
    public PollView? Current => _open?.View() ?? _lastClosed;

    public bool HasVoted(Guid userId) => _open is not null && _open.Votes.ContainsKey(userId);

    /// <summary>The webinar's latest poll as stored, with its votes.</summary>
    public void Load(WebinarPoll latest, IEnumerable<PollVote> votes)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var poll = new Poll(latest, GrainJson.Deserialize<List<string>>(latest.OptionsJson), votes.ToDictionary(v => v.UserId, v => v.Option));
        _open = latest.IsOpen ? poll : null;
        _lastClosed = latest.IsOpen ? null : poll.View();
    }

    /// <summary>A new poll, once its question and options pass; refused while another is open.</summary>
    public PollChange Open(Guid webinarId, string question, IReadOnlyList<string> options, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_open is not null)
        {
            throw RuleViolationException.Conflict("PollAlreadyOpen");
        }

        var choices = options.Select(o => o?.Trim() ?? "").ToList();
        var text = question?.Trim() ?? "";
        if (text.Length is 0 or > Limits.WebinarText || choices.Count is < 2 or > MaxOptions || choices.Any(c => c.Length is 0 or > Limits.Title))
        {
            throw RuleViolationException.Invalid("InvalidPoll");
        }

        var row = new WebinarPoll { Id = Guid.NewGuid(), WebinarId = webinarId, Question = text, OptionsJson = GrainJson.Serialize(choices), IsOpen = true, OpenedAt = now };
        return new PollChange(row, new Poll(row, choices, []).View());
    }

    /// <summary>The open poll closed now, with its results.</summary>
    public PollChange Close(Guid pollId, DateTime now)
    {
        var open = OpenOne(pollId);
        var row = new WebinarPoll { Id = pollId, WebinarId = open.Row.WebinarId, Question = open.Row.Question, OptionsJson = open.Row.OptionsJson, IsOpen = false, OpenedAt = open.Row.OpenedAt, ClosedAt = now };
        return new PollChange(row, (open with { Row = row }).View());
    }

    /// <summary>A change from <see cref="Open"/> or <see cref="Close"/>, once the grain has stored it.</summary>
    public void Apply(PollChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _open = change.Row.IsOpen ? new Poll(change.Row, change.View.Options, []) : null;
        _lastClosed = change.Row.IsOpen ? null : change.View;
    }

    /// <summary>Refuses a vote on a poll not open, an option not offered, or a second vote.</summary>
    public void CheckVote(Guid pollId, Guid userId, int option)
    {
        var poll = OpenOne(pollId);
        if (option < 0 || option >= poll.Options.Count)
        {
            throw RuleViolationException.Invalid("InvalidOption");
        }

        if (poll.Votes.ContainsKey(userId))
        {
            throw RuleViolationException.Conflict("AlreadyVoted");
        }
    }

    public PollView Voted(Guid userId, int option)
    {
        _open!.Votes[userId] = option;
        return _open.View();
    }

    private Poll OpenOne(Guid pollId) =>
        _open is { } poll && poll.Row.Id == pollId ? poll : throw RuleViolationException.Invalid("PollClosed");

    private sealed record Poll(WebinarPoll Row, IReadOnlyList<string> Options, Dictionary<Guid, int> Votes)
    {
        public PollView View() => new(Row.Id, Row.Question, Options, Row.IsOpen, [.. Options.Select((_, i) => Votes.Values.Count(v => v == i))]);
    }
}
