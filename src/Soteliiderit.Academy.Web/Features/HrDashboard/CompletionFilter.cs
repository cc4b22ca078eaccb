using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <summary>
/// What HR narrows its dashboard to: one course, one unit with its sub-units, and the days (in Finland, both
/// included) whose completions count. Without days, every completion counts and the monthly chart shows the last 12 months.
/// </summary>
public sealed record CompletionFilter(Guid? CourseId = null, Guid? UnitId = null, DateOnly? From = null, DateOnly? To = null)
{
    public const int DefaultMonths = 12;

    /// <summary>The days HR may ask for: the academy's own years, so every day has a next one.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public void Check(List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, day) in new[] { (nameof(From), From), (nameof(To), To) })
        {
            if (day is { } value && (value < Earliest || value > Latest))
            {
                errors.Add(new FieldError(field, "DayOutOfRange", Earliest.ToString("d.M.yyyy", System.Globalization.CultureInfo.CurrentCulture), Latest.ToString("d.M.yyyy", System.Globalization.CultureInfo.CurrentCulture)));
            }
        }

        if (From is { } from && To is { } to && from > to)
        {
            errors.Add(new FieldError(nameof(To), "RangeReversed"));
        }
    }

    /// <summary>The first moment counted, in UTC; null for no lower bound.</summary>
    public DateTime? FromUtc => From is { } from ? FinnishTime.ToUtc(from.ToDateTime(TimeOnly.MinValue)) : null;

    /// <summary>The first moment no longer counted, in UTC; null for no upper bound.</summary>
    public DateTime? UntilUtc => To is { } to ? FinnishTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;

    /// <summary>The months the chart over time shows, first to last.</summary>
    public IReadOnlyList<DateOnly> Months(DateOnly today)
    {
        // A start after today without an end shows that one month rather than none.
        var last = To ?? (From > today ? From.Value : today);
        var first = From ?? last.AddMonths(1 - DefaultMonths);
        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }
}
