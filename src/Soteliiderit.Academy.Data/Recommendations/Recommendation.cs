using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Data.Recommendations;

/// <summary>
/// HR's idea bank at work: a course, a material or a webinar of the catalogue that HR recommends to some of its
/// supervisors, with a short note. Unlike an assignment it has no due date and nobody is tracked for it; each
/// person it reached is a <see cref="RecommendedPerson"/>, who may dismiss it.
/// </summary>
public sealed class Recommendation
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public RecommendedItem Item { get; set; }

    /// <summary>The course's, material's or webinar's id.</summary>
    public Guid ItemId { get; set; }

    /// <summary>Why HR thinks it is worth the time, in HR's own words.</summary>
    public string? Note { get; set; }

    public SupervisorAudience Audience { get; set; }

    public Guid? UnitId { get; set; }

    public Guid RecommendedBy { get; set; }

    public DateTime RecommendedAt { get; set; }

    /// <summary>When HR took it back; then nobody sees it.</summary>
    public DateTime? WithdrawnAt { get; set; }

    public List<RecommendedPerson> People { get; set; } = [];
}

public enum RecommendedItem
{
    Course = 1,
    Material = 2,
    Webinar = 3,
}

/// <summary>One supervisor a recommendation reached.</summary>
public sealed class RecommendedPerson
{
    public Guid RecommendationId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>When they dismissed it from their dashboard.</summary>
    public DateTime? DismissedAt { get; set; }
}
