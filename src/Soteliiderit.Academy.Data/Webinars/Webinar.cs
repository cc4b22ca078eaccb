using Orleans;

namespace Soteliiderit.Academy.Data.Webinars;

/// <summary>
/// A webinar as planned and the root row of its plan grain, whose writes the ETag guards. The live room keeps
/// its own row (<see cref="WebinarSession"/>).
/// </summary>
public sealed class Webinar
{
    public Guid Id { get; set; }

    public WebinarStatus Status { get; set; }

    public string? TitleFi { get; set; }

    public string? TitleSv { get; set; }

    public string? TitleEn { get; set; }

    /// <summary>What the webinar is about and for whom, shown on its page and on the room's stage before the first slide.</summary>
    public string? DescriptionFi { get; set; }

    public string? DescriptionSv { get; set; }

    public string? DescriptionEn { get; set; }

    public DateTime StartsAt { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>How long before the start the room opens (a lobby until then).</summary>
    public int LobbyMinutes { get; set; }

    /// <summary>Whether the facilitator sees questions first and lets them through one by one.</summary>
    public bool QuestionsNeedApproval { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the room ended, as the room told the plan (then <see cref="Status"/> is <see cref="WebinarStatus.Ended"/>).</summary>
    public DateTime? EndedAt { get; set; }

    public int ETag { get; set; }

    /// <summary>Seats; once they are taken, registrations go to the waiting list.</summary>
    public int Capacity { get; set; }

    /// <summary>Open to every signed-in person without registering (a drop-in session); otherwise only the registered join.</summary>
    public bool OpenToAll { get; set; }

    /// <summary>The course this webinar counts toward, when attended for at least the course's share of its duration.</summary>
    public Guid? CourseId { get; set; }

    /// <summary>The external audio/video stream shown embedded in the room (the academy is not a media server).</summary>
    public string? StreamUrl { get; set; }

    public string? RecordingUrl { get; set; }

    /// <summary>The slides, in order: coaching materials (images show in the room, other kinds as a link).</summary>
    public List<Guid> Slides { get; set; } = [];

    /// <summary>The calendar entry's SEQUENCE: bumped whenever the time changes or the webinar is cancelled.</summary>
    public int CalendarSequence { get; set; }

    public DateTime? CancelledAt { get; set; }
}

public enum WebinarStatus
{
    Scheduled = 1,
    Ended = 2,
    Cancelled = 3,
}

/// <summary>One lasting change in a session, in order: what a reconnecting client replays after its last sequence number.</summary>
public sealed class WebinarEvent
{
    public Guid WebinarId { get; set; }

    public long Sequence { get; set; }

    public WebinarEventKind Kind { get; set; }

    public Guid ActorId { get; set; }

    /// <summary>The event as the facilitator sees it (JSON); attendees get a projection without what is hidden from them.</summary>
    public required string PayloadJson { get; set; }

    public DateTime At { get; set; }
}

[GenerateSerializer]
public enum WebinarEventKind
{
    Chat = 1,
    MessageDeleted = 2,
    Question = 3,
    Poll = 4,
    Slide = 5,
    Ended = 6,
}

public sealed class WebinarQuestion
{
    public Guid Id { get; set; }

    public Guid WebinarId { get; set; }

    public Guid AuthorId { get; set; }

    public required string AuthorName { get; set; }

    /// <summary>Asked anonymously: attendees do not see who asked; facilitators do.</summary>
    public bool Anonymous { get; set; }

    public required string Text { get; set; }

    public QuestionState State { get; set; }

    public int Upvotes { get; set; }

    public DateTime AskedAt { get; set; }
}

[GenerateSerializer]
public enum QuestionState
{
    /// <summary>Waiting for the facilitator's approval; seen by facilitators and the asker only.</summary>
    Pending = 1,
    Open = 2,
    Answered = 3,
    Dismissed = 4,

    /// <summary>Dismissed while still waiting for approval: like <see cref="Pending"/>, never shown to other attendees.</summary>
    Declined = 5,
}

public static class QuestionStates
{
    /// <summary>Whether attendees other than the asker may see a question in this state (the facilitators see all).</summary>
    public static bool IsLetThrough(this QuestionState state) => state is not (QuestionState.Pending or QuestionState.Declined);
}

/// <summary>One person's upvote of one question; the key makes a second upvote impossible.</summary>
public sealed class QuestionUpvote
{
    public Guid QuestionId { get; set; }

    public Guid UserId { get; set; }
}

public sealed class WebinarPoll
{
    public Guid Id { get; set; }

    public Guid WebinarId { get; set; }

    public required string Question { get; set; }

    /// <summary>The choices, as a JSON array of strings.</summary>
    public required string OptionsJson { get; set; }

    public bool IsOpen { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime? ClosedAt { get; set; }
}

/// <summary>One person's vote in one poll; the key makes a second vote impossible.</summary>
public sealed class PollVote
{
    public Guid PollId { get; set; }

    public Guid UserId { get; set; }

    public int Option { get; set; }
}

/// <summary>A participant the facilitator muted until a moment; it holds across reconnects and restarts.</summary>
public sealed class WebinarMute
{
    public Guid WebinarId { get; set; }

    public Guid UserId { get; set; }

    public DateTime Until { get; set; }
}
