using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Data.Assignments;

/// <summary>
/// HR of one organization asks its supervisors to take a course or attend a webinar by a date. Who it was given to
/// is kept as <see cref="Audience"/>, so that people who later join the unit (or the organization, for everyone)
/// get it too while it is open; each person it reached is an <see cref="AssignedPerson"/>.
/// </summary>
public sealed class Assignment
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>The course to complete; null for a webinar assignment.</summary>
    public Guid? CourseId { get; set; }

    /// <summary>The webinar to attend; null for a course assignment.</summary>
    public Guid? WebinarId { get; set; }

    public SupervisorAudience Audience { get; set; }

    /// <summary>The unit of a unit assignment.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The last day to be done, a date in Finland.</summary>
    public DateOnly DueOn { get; set; }

    public Guid AssignedBy { get; set; }

    public DateTime AssignedAt { get; set; }

    /// <summary>When HR took it back; a withdrawn assignment is shown to nobody and given to no newcomer.</summary>
    public DateTime? WithdrawnAt { get; set; }

    public List<AssignedPerson> People { get; set; } = [];
}

/// <summary>One supervisor an assignment reached, and when (a newcomer to the unit later than the others).</summary>
public sealed class AssignedPerson
{
    public Guid AssignmentId { get; set; }

    public Guid UserId { get; set; }

    public DateTime AddedAt { get; set; }
}
