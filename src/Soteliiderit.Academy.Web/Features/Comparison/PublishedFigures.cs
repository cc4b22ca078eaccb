namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>One organization's published completion of one course.</summary>
public sealed record PublishedCell(Guid Organization, Guid Course, PublishedCompletion Completion);

/// <summary>
/// Every organization's published figures as counted at one moment: completion by course (of the courses counted)
/// and webinar attendance. Everything the comparison and HR's national column show is summed from these.
/// </summary>
public sealed record PublishedFigures(DateTimeOffset CountedAt, IReadOnlySet<Guid> Courses, IReadOnlyList<PublishedCell> Cells, IReadOnlyDictionary<Guid, PublishedAttendance> Attendance);
