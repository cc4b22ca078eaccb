using Orleans;

namespace Soteliiderit.Academy.Data.Courses;

/// <summary>
/// The course grain's state row. The draft is one JSON document the facilitator edits; each publication
/// freezes it into an immutable <see cref="CourseVersion"/>. The catalog columns mirror the current published version.
/// </summary>
public sealed class Course
{
    public Guid Id { get; set; }

    public CourseStatus Status { get; set; }

    public required string DraftJson { get; set; }

    /// <summary>Number of the current published version; 0 while never published.</summary>
    public int PublishedVersion { get; set; }

    public CourseThemes Themes { get; set; }

    /// <summary>Languages the published version speaks, as "fi,sv,en" (subset, in that order).</summary>
    public string Languages { get; set; } = "";

    public string? TitleFi { get; set; }

    public string? TitleSv { get; set; }

    public string? TitleEn { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The grain's ETag: every write bumps it, and a write from a stale copy fails.</summary>
    public int ETag { get; set; }
}

[GenerateSerializer]
public enum CourseStatus
{
    Draft = 1,
    Published = 2,
    Archived = 3,
}

/// <summary>The academy's themes; a course may touch several.</summary>
[GenerateSerializer]
[Flags]
public enum CourseThemes
{
    None = 0,
    RemoteLeadership = 1,
    ChangeManagement = 2,
    WellbeingAtWork = 4,
    KnowledgeBasedManagement = 8,
}

/// <summary>A published, never-changing snapshot of a course. Learners study a version.</summary>
public sealed class CourseVersion
{
    public Guid CourseId { get; set; }

    public int Number { get; set; }

    public required string OutlineJson { get; set; }

    public DateTime PublishedAt { get; set; }

    public Guid PublishedBy { get; set; }
}
