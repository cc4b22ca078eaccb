using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// What each person in a live room may see of a question or a poll, decided here once: the session grain's join
/// snapshot and the hub's live sends both ask this class, so a reload never shows more (or less) than the live room.
/// Facilitators see everything whole.
/// </summary>
public static class RoomAudience
{
    /// <summary>
    /// A question as every attendee sees it: null until it is let through; an anonymous asker's name and id removed
    /// (the asker too sees it like everyone else, so nothing on their screen suggests others see their name).
    /// </summary>
    public static QuestionView? ForAttendees(QuestionView question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return !question.State.IsLetThrough() ? null
            : question.Anonymous ? question with { AuthorName = null, AuthorId = null }
            : question;
    }

    /// <summary>A question not let through (pending, declined) as its asker alone sees it: theirs, and anonymous if asked so.</summary>
    public static QuestionView ForAsker(QuestionView question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Anonymous ? question with { AuthorName = null } : question;
    }

    /// <summary>The question as one person sees it, or null when it is not theirs to see.</summary>
    public static QuestionView? For(QuestionView question, bool facilitator, Guid viewer)
    {
        ArgumentNullException.ThrowIfNull(question);
        return facilitator ? question
            : ForAttendees(question) ?? (question.AuthorId == viewer ? ForAsker(question) : null);
    }

    /// <summary>A poll as attendees see it: no results while it is open, so nobody votes with the crowd.</summary>
    public static PollView ForAttendees(PollView poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.IsOpen ? poll with { Results = null } : poll;
    }

    public static PollView For(PollView poll, bool facilitator) => facilitator ? poll : ForAttendees(poll);

    /// <summary>A sequenced event as one person sees it, or null when it is not theirs to see.</summary>
    public static SessionEvent? For(SessionEvent change, bool facilitator, Guid viewer)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Question is { } question
            ? For(question, facilitator, viewer) is { } visible ? change with { Question = visible } : null
            : change.Poll is { } poll ? change with { Poll = For(poll, facilitator) }
            : change;
    }

    /// <summary>
    /// What a joiner gets, each part as this person may see it: a fresh start (new, or too far behind) has the recent
    /// chat, the questions and the poll; a replay has only what the client lacks, the missed events and the unsequenced
    /// room (count, hands, a facilitator's live poll results). After a node dies thousands replay at once, so every
    /// byte resent would multiply.
    /// </summary>
    public static SessionSnapshot Snapshot(Guid viewer, bool facilitator, long afterSequence, SessionJournal journal, QuestionBoard questions, SessionPolls polls, RoomPeople people)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(polls);
        ArgumentNullException.ThrowIfNull(people);
        var log = journal.Log;
        var replay = log.CanReplayAfter(afterSequence, journal.LastSequence);
        return new SessionSnapshot(
            journal.LastSequence,
            Fresh: !replay,
            replay ? [.. log.After(afterSequence).Select(e => For(e, facilitator, viewer)).OfType<SessionEvent>()] : [],
            replay ? [] : log.RecentChatMessages(),
            replay ? [] : questions.ViewsFor(facilitator, viewer),
            polls.Current is { } poll && (!replay || facilitator) ? For(poll, facilitator) : null,
            polls.HasVoted(viewer),
            journal.CurrentSlide,
            people.Count,
            facilitator,
            Ended: false,
            people.Hands.SeenBy(viewer, facilitator),
            questions.UpvotedBy(viewer));
    }
}
