namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>One row of the comparison table: an organization, or the nation in its foot.</summary>
public sealed record ComparisonRow(string Name, PublishedCompletion Completion, PublishedAttendance Attendance, ComparisonModel Page);
