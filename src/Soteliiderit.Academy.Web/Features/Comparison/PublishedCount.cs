namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>
/// A count shown beyond one employer, by the one rule of every cross-employer figure: 1–4 people show as
/// "fewer than 5", more are rounded to the nearest 5, none is 0. Totals are sums of these published counts, never
/// of the exact ones, so no total minus its other parts can give back a figure of fewer than 5.
/// </summary>
/// <param name="Rounded">The rounded count; 0 when <paramref name="FewerThanFive"/>.</param>
public sealed record PublishedCount(int Rounded, bool FewerThanFive)
{
    public const int Smallest = 5;

    public static readonly PublishedCount Zero = new(0, false);

    public static PublishedCount Of(int exact) =>
        exact is > 0 and < Smallest ? new(0, true) : new((exact + (Smallest / 2)) / Smallest * Smallest, false);

    /// <summary>
    /// A sum of published counts: one of fewer than 5 adds nothing, so the sum tells nothing about it; a sum of
    /// such counts alone is itself fewer than 5 rather than a misleading 0.
    /// </summary>
    public PublishedCount Plus(PublishedCount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var rounded = Rounded + other.Rounded;
        return new(rounded, rounded == 0 && (FewerThanFive || other.FewerThanFive));
    }

    /// <summary>A share computed from published counts only; none when either is fewer than 5 or nothing is counted.</summary>
    public static double? Rate(PublishedCount part, PublishedCount whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        return part.FewerThanFive || whole.FewerThanFive || whole.Rounded == 0 ? null : Math.Min(1.0, (double)part.Rounded / whole.Rounded);
    }
}
