namespace Soteliiderit.Academy.Data.Mail;

/// <summary>
/// One message the academy owes one person, kept as a row in the same save as what it tells of (an assignment,
/// a seat), so that nothing acknowledged goes unmailed when a node stops. It names what happened, not the text:
/// the text is written when it is sent, in the person's language and with the webinar's time as it is then.
/// </summary>
public sealed class OutgoingMail
{
    public const int MaxErrorLength = 500;

    public Guid Id { get; set; }

    public MailKind Kind { get; set; }

    public MailStatus Status { get; set; }

    /// <summary>The recipient.</summary>
    public Guid UserId { get; set; }

    /// <summary>The assignment, webinar or reminder the mail is about; null for a password reset.</summary>
    public Guid? AboutId { get; set; }

    public DateTime QueuedAt { get; set; }

    /// <summary>Not before this: the queue time, then later after each failed try.</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Why the last try failed, for HR and the log; no message text.</summary>
    public string? LastError { get; set; }
}

public enum MailKind
{
    AssignmentGiven = 1,
    Reminder = 2,
    WebinarRegistered = 3,
    WebinarSeatGiven = 4,
    WebinarMoved = 5,
    WebinarCancelled = 6,
    PasswordReset = 7,
}

public enum MailStatus
{
    Queued = 0,
    Sent = 1,

    /// <summary>Every try failed; HR sees it.</summary>
    Failed = 2,

    /// <summary>No longer true when its turn came (the seat was given up, the person deactivated), so not sent.</summary>
    Dropped = 3,
}
