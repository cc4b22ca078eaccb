namespace Soteliiderit.Academy.Data.Assignments;

/// <summary>
/// HR reminded one overdue supervisor of one assignment: who, whom, which and when. Whether its mail went is the
/// mail's row (<see cref="Mail.OutgoingMail.AboutId"/> is this id); the supervisor sees it on their dashboard until they dismiss it.
/// </summary>
public sealed class Reminder
{
    public Guid Id { get; set; }

    public Guid AssignmentId { get; set; }

    /// <summary>The supervisor reminded.</summary>
    public Guid UserId { get; set; }

    /// <summary>The HR person who sent it.</summary>
    public Guid SentBy { get; set; }

    public DateTime SentAt { get; set; }

    public DateTime? DismissedAt { get; set; }
}
