using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The session's latest sequenced events, oldest first: what a rejoining client missed is replayed from here,
/// and a snapshot's recent chat is read from here. A client that missed more than the window gets a fresh snapshot.
/// </summary>
public sealed class SessionLog
{
    /// <summary>Sequenced events kept in memory; a client that missed more gets a fresh snapshot instead.</summary>
    public const int ReplayWindow = 1000;

    public const int RecentChat = 100;

    private readonly List<SessionEvent> _recent = [];

    /// <summary>The stored events, oldest first, as the grain finds them on activation.</summary>
    public void Load(IEnumerable<SessionEvent> oldestFirst)
    {
        _recent.Clear();
        foreach (var change in oldestFirst)
        {
            Add(change);
        }
    }

    /// <summary>An event just stored; the oldest falls out once the window is full.</summary>
    public void Add(SessionEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _recent.Add(change);
        if (_recent.Count > ReplayWindow)
        {
            _recent.RemoveRange(0, _recent.Count - ReplayWindow);
        }
    }

    /// <summary>Whether every event after <paramref name="afterSequence"/> up to <paramref name="lastSequence"/> is still here.</summary>
    public bool CanReplayAfter(long afterSequence, long lastSequence)
    {
        var oldestKept = _recent.Count > 0 ? _recent[0].Sequence : lastSequence + 1;
        return afterSequence > 0 && afterSequence <= lastSequence && afterSequence >= oldestKept - 1;
    }

    public IEnumerable<SessionEvent> After(long afterSequence) => _recent.Where(e => e.Sequence > afterSequence);

    /// <summary>Whether <paramref name="sequence"/> is a chat message still in the window and not deleted.</summary>
    public bool HoldsStandingChat(long sequence) =>
        _recent.Any(e => e.Sequence == sequence && e.Kind == WebinarEventKind.Chat)
        && !_recent.Any(e => e.Kind == WebinarEventKind.MessageDeleted && e.DeletedSequence == sequence);

    /// <summary>
    /// The chat message or question this person stored with the same text since <paramref name="notBefore"/>: a send
    /// told "try again" in a failover may have been stored all the same, and sending it again must not show it twice.
    /// </summary>
    public SessionEvent? Repeated(WebinarEventKind kind, Guid authorId, string text, DateTime notBefore) =>
        _recent.FirstOrDefault(e => e.Kind == kind && e.At >= notBefore && (
            e.Chat is { } chat ? chat.AuthorId == authorId && chat.Text == text && HoldsStandingChat(e.Sequence)
            : e.Question is { } question && question.AuthorId == authorId && question.Text == text && StillAsked(question.Id)));

    /// <summary>Whether the question's latest state in the window is still asked (not answered, dismissed or declined).</summary>
    private bool StillAsked(Guid questionId) =>
        _recent.LastOrDefault(e => e.Question?.Id == questionId)?.Question?.State is QuestionState.Pending or QuestionState.Open;

    /// <summary>The latest chat messages still standing (a deleted one is left out), oldest first.</summary>
    public IReadOnlyList<ChatView> RecentChatMessages()
    {
        var deleted = _recent.Where(e => e.DeletedSequence is not null).Select(e => e.DeletedSequence!.Value).ToHashSet();
        return [.. _recent.Where(e => e.Chat is not null && !deleted.Contains(e.Sequence)).TakeLast(RecentChat).Select(e => e.Chat!)];
    }
}
