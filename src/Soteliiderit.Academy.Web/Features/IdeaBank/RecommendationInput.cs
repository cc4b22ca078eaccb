using System.Text.Json.Serialization;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Web.Features.IdeaBank;

/// <summary>A piece of the catalogue, a short note, and whom: one supervisor, a list of addresses, a unit or everyone.</summary>
public sealed record RecommendationInput(
    RecommendedItem? Item = null,
    Guid? ItemId = null,
    string? Note = null,
    SupervisorAudience? Audience = null,
    Guid? UserId = null,
    string? Emails = null,
    Guid? UnitId = null,
    bool ValidRowsOnly = false)
{
    [JsonIgnore]
    public AudienceChoice Whom => new(Audience, UserId, Emails, UnitId, ValidRowsOnly);
}

/// <param name="Title">In the reader's language.</param>
/// <param name="People">Supervisors it reached.</param>
/// <param name="Dismissed">Of them, those who dismissed it.</param>
public sealed record RecommendationSummary(
    Guid Id, RecommendedItem Item, Guid ItemId, string Title, string? Note, SupervisorAudience Audience, Guid? UnitId, DateTime RecommendedAt, int People, int Dismissed);

/// <param name="Reached">Supervisors who got it now (those it had reached before are not counted twice).</param>
/// <param name="SkippedLines">List lines left out, when HR chose to go ahead with the valid ones.</param>
public sealed record RecommendationOutcome(RecommendationSummary Recommendation, int Reached, IReadOnlyList<string> SkippedLines);

/// <summary>A recommendation on the supervisor's own dashboard.</summary>
public sealed record MyRecommendation(Guid Id, RecommendedItem Item, Guid ItemId, LocalizedText Title, string? Note, DateTime RecommendedAt, string Link);
