using Orleans;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// One live webinar session, keyed by the webinar's id. Every lasting change (chat message, deletion,
/// question and its state, poll opened or closed, slide change) is stored with the session's next sequence
/// number before the call returns, so an acknowledged message survives a crash and a reconnecting client
/// can ask for exactly what it missed. Presence and raised hands live in memory only.
/// </summary>
public interface IWebinarSessionGrain : IGrainWithStringKey
{
    /// <summary>The events after <paramref name="afterSequence"/>, or a fresh snapshot when the gap is too long (or on a first join).</summary>
    Task<SessionSnapshot> Join(Participant who, long afterSequence);

    /// <summary>The attendee count after the leaving; the person's stretch of attendance closes with their last connection.</summary>
    Task<int> Leave(Participant who);

    /// <summary>Marks everyone in the room as still there (every minute), so a crash loses at most that much attendance.</summary>
    Task Heartbeat();

    /// <summary>Reads the plan again (time, hosts, access) after it changed.</summary>
    Task Refresh();

    Task<SessionEvent> SendChat(Participant who, string text);

    Task<SessionEvent> Ask(Participant who, string text, bool anonymous);

    Task<SessionEvent> Upvote(Participant who, Guid questionId);

    Task<IReadOnlyList<RaisedHand>> RaiseHand(Participant who);

    /// <summary>A participant lowers their own hand; a facilitator lowers anyone's.</summary>
    Task<IReadOnlyList<RaisedHand>> LowerHand(Participant who, Guid userId);

    /// <summary>The poll as facilitators see it (live results), for them to follow.</summary>
    Task<PollView> Vote(Participant who, Guid pollId, int option);

    Task<SessionEvent> StartPoll(Participant who, string question, IReadOnlyList<string> options);

    Task<SessionEvent> ClosePoll(Participant who, Guid pollId);

    Task<SessionEvent> ApproveQuestion(Participant who, Guid questionId);

    /// <summary>Marks a question answered, or dismissed when <paramref name="dismiss"/> is true.</summary>
    Task<SessionEvent> AnswerQuestion(Participant who, Guid questionId, bool dismiss);

    Task<SessionEvent> DeleteMessage(Participant who, long messageSequence);

    Task Mute(Participant who, Guid userId, int minutes);

    Task<SessionEvent> SetSlide(Participant who, int slide);

    Task<SessionEvent> End(Participant who);

    /// <summary>
    /// Ends a webinar nobody ended, <see cref="WebinarSessionGrain.ClosingGrace"/> after its scheduled end, as if its
    /// creator had; returns the Ended event, or null when it is not yet time (or it already ended).
    /// </summary>
    Task<SessionEvent?> EndIfForgotten();

    /// <summary>Who is in the room, for facilitators.</summary>
    Task<IReadOnlyList<Attendee>> GetAttendees(Participant who);

    /// <summary>A node starts (or renews) hearing of every change; answers the session's last sequence number and whether this activation counts the node's people yet.</summary>
    Task<RoomSubscription> Subscribe(IWebinarRoomObserver node);

    /// <summary>
    /// The node's admitted connections, when this activation does not count its people yet (it re-activated after
    /// its node died or left): each of them is in the room again and their attendance goes on.
    /// </summary>
    Task Vouch(IWebinarRoomObserver node, IReadOnlyList<Participant> connections);

    Task Unsubscribe(IWebinarRoomObserver node);

    /// <summary>The sequenced events after <paramref name="afterSequence"/> still in the replay window, whole: a node fills a gap with them.</summary>
    Task<IReadOnlyList<SessionEvent>> EventsAfter(long afterSequence);
}

/// <summary>
/// Who is calling. The webinar's creator and co-facilitators facilitate it, and so does a platform admin
/// (<see cref="IsAdmin"/>, from the person's role); the session decides, not the caller.
/// </summary>
/// <param name="Node">The node whose connection this is (its room subscription's identity), which vouches for it while it renews.</param>
[GenerateSerializer, Immutable]
public sealed record Participant(Guid UserId, string Name, bool IsAdmin = false, string? Node = null);

/// <param name="LastSequence">The session's last sequence number.</param>
/// <param name="CountsNode">Whether this activation has heard from the node who its people are (a Vouch).</param>
[GenerateSerializer, Immutable]
public sealed record RoomSubscription(long LastSequence, bool CountsNode);

[GenerateSerializer, Immutable]
public sealed record Attendee(Guid UserId, string Name, bool IsFacilitator);

[GenerateSerializer, Immutable]
public sealed record RaisedHand(Guid UserId, string Name, DateTime RaisedAt);

[GenerateSerializer, Immutable]
public sealed record ChatView(long Sequence, Guid AuthorId, string AuthorName, string Text, DateTime At);

/// <summary>A question; who sees <see cref="AuthorName"/> and <see cref="AuthorId"/> of an anonymous one is <see cref="RoomAudience"/>'s rule.</summary>
[GenerateSerializer, Immutable]
public sealed record QuestionView(Guid Id, string Text, string? AuthorName, Guid? AuthorId, bool Anonymous, QuestionState State, int Upvotes, DateTime AskedAt);

/// <summary>A poll; <see cref="Results"/> (votes per option) is null for attendees while it is open.</summary>
[GenerateSerializer, Immutable]
public sealed record PollView(Guid Id, string Question, IReadOnlyList<string> Options, bool IsOpen, IReadOnlyList<int>? Results);

/// <summary>One sequenced change. Exactly one of the optional parts is set, according to <see cref="Kind"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionEvent(
    long Sequence,
    WebinarEventKind Kind,
    DateTime At,
    ChatView? Chat = null,
    long? DeletedSequence = null,
    QuestionView? Question = null,
    PollView? Poll = null,
    int? Slide = null);

/// <summary>
/// What a joining client gets: missed events, or (when <see cref="Fresh"/>) the whole current state to start from.
/// <see cref="ActivePoll"/> is the open poll, else the one closed last (with its results); <see cref="HasVoted"/> says
/// whether the joiner voted in it. <see cref="Hands"/> is the whole queue for facilitators, the joiner's own hand for others;
/// <see cref="Upvoted"/> the questions the joiner has upvoted; <see cref="MutedUntil"/> when a facilitator muted the joiner. What each joiner sees of questions and polls is <see cref="RoomAudience"/>'s.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SessionSnapshot(
    long LastSequence,
    bool Fresh,
    IReadOnlyList<SessionEvent> Events,
    IReadOnlyList<ChatView> RecentChat,
    IReadOnlyList<QuestionView> Questions,
    PollView? ActivePoll,
    bool HasVoted,
    int CurrentSlide,
    int AttendeeCount,
    bool IsFacilitator,
    bool Ended,
    IReadOnlyList<RaisedHand> Hands,
    IReadOnlyList<Guid> Upvoted,
    DateTime? MutedUntil = null);
