using Orleans;

namespace Soteliiderit.Academy.Data.Webinars;

/// <summary>A co-facilitator of one webinar: moderates and presents like its creator.</summary>
public sealed class WebinarHost
{
    public Guid WebinarId { get; set; }

    public Guid UserId { get; set; }
}

/// <summary>One person's place on a webinar's list: a seat, or a place in the waiting list (in order of <see cref="RegisteredAt"/>).</summary>
public sealed class WebinarRegistration
{
    public Guid WebinarId { get; set; }

    public Guid UserId { get; set; }

    public RegistrationState State { get; set; }

    public DateTime RegisteredAt { get; set; }

    /// <summary>What the registrant should hear about on their dashboard, until they dismiss it.</summary>
    public RegistrationNotice? Notice { get; set; }
}

[GenerateSerializer]
public enum RegistrationState
{
    Registered = 1,
    Waiting = 2,
}

public enum RegistrationNotice
{
    Moved = 1,
    Cancelled = 2,

    /// <summary>A seat came free and the first on the waiting list got it.</summary>
    SeatGiven = 3,
}

/// <summary>
/// One stretch of time a person was in the room. Open (no <see cref="LeftAt"/>) while they are there;
/// <see cref="SeenAt"/> is refreshed every minute so that an interval left open by a crash is closed at the
/// last moment the server knew them to be there.
/// </summary>
public sealed class WebinarAttendance
{
    public long Id { get; set; }

    public Guid WebinarId { get; set; }

    public Guid UserId { get; set; }

    public DateTime JoinedAt { get; set; }

    public DateTime SeenAt { get; set; }

    public DateTime? LeftAt { get; set; }
}

/// <summary>What a finished webinar gave one attendee toward its course: the share of the scheduled time they were there.</summary>
public sealed class WebinarCredit
{
    public Guid UserId { get; set; }

    public Guid WebinarId { get; set; }

    public Guid CourseId { get; set; }

    public int AttendedPercent { get; set; }

    public DateTime CreditedAt { get; set; }
}
