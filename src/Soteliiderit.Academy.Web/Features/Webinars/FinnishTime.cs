using System.Globalization;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// Webinars happen in Finnish time (Europe/Helsinki) whatever the server's zone: forms read and pages show it.
/// Where the system has no time-zone database, the EU summer-time rule stands in for it.
/// </summary>
public static class FinnishTime
{
    public const string ZoneId = "Europe/Helsinki";

    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A wall-clock time in Finland as UTC; a time skipped by the spring change counts as the hour after.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    /// <summary>"ma 1.12.2026 klo 9.00" style: date and time in the reader's culture, in Finnish time.</summary>
    public static string Format(DateTime utc) => ToLocal(utc).ToString("ddd d.M.yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>Without the weekday, for a moment inside a sentence ("kept until 3.12.2026 14.19").</summary>
    public static string FormatShort(DateTime utc) => ToLocal(utc).ToString("d.M.yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("d.M.yyyy", CultureInfo.CurrentCulture);

    public static string FormatTime(DateTime utc) => ToLocal(utc).ToString("HH:mm", CultureInfo.CurrentCulture);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            var summer = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 4, 0, 0), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(2), "Finland", "EET", "EEST", [summer]);
        }
    }
}
