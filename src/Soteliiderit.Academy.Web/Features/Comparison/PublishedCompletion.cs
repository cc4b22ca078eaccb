using Soteliiderit.Academy.Web.Features.HrDashboard;

namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>
/// Completion as it may be shown beside other employers: the counts the two rates are made of, each published by
/// <see cref="PublishedCount"/>. In progress and overdue are left out: with them, assigned would be a sum of parts.
/// </summary>
public sealed record PublishedCompletion(PublishedCount Supervisors, PublishedCount Assigned, PublishedCount Completed, PublishedCount CatalogueCompleted)
{
    public static readonly PublishedCompletion None = new(PublishedCount.Zero, PublishedCount.Zero, PublishedCount.Zero, PublishedCount.Zero);

    /// <summary>Completed ÷ assigned, for assigned items, from the published counts.</summary>
    public double? AssignedRate => PublishedCount.Rate(Completed, Assigned);

    /// <summary>Completed ÷ supervisors, for the catalogue, from the published counts.</summary>
    public double? CatalogueRate => PublishedCount.Rate(CatalogueCompleted, Supervisors);

    public static PublishedCompletion Of(CompletionCounts exact)
    {
        ArgumentNullException.ThrowIfNull(exact);
        return new(PublishedCount.Of(exact.Supervisors), PublishedCount.Of(exact.Assigned), PublishedCount.Of(exact.Completed), PublishedCount.Of(exact.CatalogueCompleted));
    }

    public PublishedCompletion Plus(PublishedCompletion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Supervisors.Plus(other.Supervisors), Assigned.Plus(other.Assigned), Completed.Plus(other.Completed), CatalogueCompleted.Plus(other.CatalogueCompleted));
    }
}
