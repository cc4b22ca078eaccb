using System.Text.Json.Serialization;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>
/// What HR asks for: a course or a webinar (one of the two), by a day, to one supervisor (<see cref="UserId"/>), a pasted
/// list or CSV of addresses (<see cref="Emails"/>), a unit with or without its sub-units, or everyone.
/// </summary>
/// <param name="DueOn">The last day, in Finland; a webinar's defaults to its own day.</param>
/// <param name="AssignValidRows">With a list that has bad lines: assign the good ones and report the rest, instead of nothing.</param>
public sealed record AssignmentInput(
    Guid? CourseId = null,
    Guid? WebinarId = null,
    DateOnly? DueOn = null,
    SupervisorAudience? Audience = null,
    Guid? UserId = null,
    string? Emails = null,
    Guid? UnitId = null,
    bool AssignValidRows = false)
{
    [JsonIgnore]
    public AudienceChoice Whom => new(Audience, UserId, Emails, UnitId, AssignValidRows);
}

/// <param name="DueOn">A new last day, today or later.</param>
public sealed record DueDateInput(DateOnly? DueOn = null);

/// <param name="Title">The course's or the webinar's title in the reader's language.</param>
/// <param name="Unit">The unit's path, for a unit assignment.</param>
public sealed record AssignmentSummary(
    Guid Id,
    Guid? CourseId,
    Guid? WebinarId,
    string Title,
    SupervisorAudience Audience,
    Guid? UnitId,
    string? Unit,
    DateOnly DueOn,
    DateTime AssignedAt,
    int Assigned,
    int InProgress,
    int Completed,
    int Overdue);

public sealed record AssigneeStatus(Guid UserId, string Name, string Email, AssignmentState State, bool Overdue, DateTime AddedAt);

public sealed record AssignmentDetails(AssignmentSummary Assignment, IReadOnlyList<AssigneeStatus> People);

/// <param name="Given">People who got it now.</param>
/// <param name="AlreadyAssigned">People left out because an open assignment of the same course or webinar already had them.</param>
/// <param name="SkippedLines">Bad lines of the list left out, when the valid rows were to be assigned anyway.</param>
public sealed record AssignmentOutcome(AssignmentSummary Assignment, int Given, int AlreadyAssigned, IReadOnlyList<string> SkippedLines);
