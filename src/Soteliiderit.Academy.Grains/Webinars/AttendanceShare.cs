using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// How much of a webinar's scheduled time one person was in the room: overlapping stretches (two tabs) count
/// once. A webinar the facilitator ended early is measured against the time it ran.
/// </summary>
public sealed record AttendanceShare(int Minutes, int Percent)
{
    public static AttendanceShare Of(IEnumerable<WebinarAttendance> stretches, Webinar webinar)
    {
        ArgumentNullException.ThrowIfNull(stretches);
        ArgumentNullException.ThrowIfNull(webinar);
        var start = webinar.StartsAt;
        var end = Min(start.AddMinutes(webinar.DurationMinutes), webinar.EndedAt ?? DateTime.MaxValue);
        var attended = TimeSpan.Zero;
        var coveredUntil = start;
        foreach (var (from, to) in stretches.Select(s => (From: Max(s.JoinedAt, start), To: Min(s.LeftAt ?? s.SeenAt, end))).Where(s => s.To > s.From).OrderBy(s => s.From))
        {
            var counted = Max(from, coveredUntil);
            if (to > counted)
            {
                attended += to - counted;
                coveredUntil = to;
            }
        }

        var length = (end - start).TotalMinutes;
        var percent = length <= 0 ? 0 : (int)Math.Min(100, attended.TotalMinutes * 100 / length);
        return new AttendanceShare((int)attended.TotalMinutes, percent);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
