namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>
/// A count shown beyond one employer, by the one rule of every cross-employer figure: 1–4 people show as
/// "fewer than 5", more are rounded to the nearest 5, none is 0. Totals are sums of these published counts, never
/// of the exact ones, so no total minus its other parts can give back a figure of fewer than 5.
/// </summary>
/// <param name="Rounded">The rounded count; 0 when <paramref name="FewerThanFive"/>.</param>
/// <param name="FewerThanFive">One count of 1–4 people.</param>
/// <param name="SmallLeftOut">A sum that left out counts of fewer than 5: with nothing else in it, it is not "0" but "only small counts".</param>
public sealed record PublishedCount(int Rounded, bool FewerThanFive, bool SmallLeftOut = false)
{
    public const int Smallest = 5;

    public static readonly PublishedCount Zero = new(0, false);

    public static PublishedCount Of(int exact) =>
        exact is > 0 and < Smallest ? new(0, true) : new((exact + (Smallest / 2)) / Smallest * Smallest, false);

    /// <summary>Nothing in it but counts of fewer than 5: 300 employers with 4 each are not "fewer than 5" together.</summary>
    public bool OnlySmall => Rounded == 0 && SmallLeftOut;

    /// <summary>
    /// A sum of published counts: one of fewer than 5 adds nothing, so the sum tells nothing about it, and the sum
    /// says that it left such counts out.
    /// </summary>
    public PublishedCount Plus(PublishedCount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (this == Zero || other == Zero)
        {
            // Nothing added: one small count stays "fewer than 5".
            return this == Zero ? other : this;
        }

        return new(Rounded + other.Rounded, false, FewerThanFive || SmallLeftOut || other.FewerThanFive || other.SmallLeftOut);
    }

    /// <summary>A share computed from published counts only; none when either is small or nothing is counted.</summary>
    public static double? Rate(PublishedCount part, PublishedCount whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        return part.FewerThanFive || part.OnlySmall || whole.FewerThanFive || whole.Rounded == 0 ? null : Math.Min(1.0, (double)part.Rounded / whole.Rounded);
    }
}
