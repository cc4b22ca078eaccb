namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>How far one supervisor is with one assigned course or webinar.</summary>
public enum AssignmentState
{
    NotStarted,

    /// <summary>Enrolled in the course, or registered for the webinar (a seat or the waiting list).</summary>
    InProgress,

    /// <summary>The course completed, or the webinar attended for the share its course asks (75 % by default).</summary>
    Completed,
}

/// <summary>The one rule for "overdue", used by the dashboard, HR's lists and reminders alike.</summary>
public static class AssignmentDeadline
{
    /// <summary>Not done and the due day (a date in Finland) is over.</summary>
    public static bool IsOverdue(AssignmentState state, DateOnly dueOn, DateOnly today) =>
        state != AssignmentState.Completed && today > dueOn;

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(Webinars.FinnishTime.ToLocal(time.GetUtcNow().UtcDateTime));
    }
}
