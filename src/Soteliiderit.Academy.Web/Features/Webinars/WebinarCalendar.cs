using System.Globalization;
using System.Text;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// One webinar as an iCalendar file (RFC 5545): times in Europe/Helsinki with the zone's rules, a UID that stays
/// the same for the webinar's life, and SEQUENCE bumped when it moves or is cancelled, so calendars update the
/// entry rather than add a second one.
/// </summary>
public static class WebinarCalendar
{
    public sealed record Entry(Guid Id, string Title, DateTime StartsAt, int DurationMinutes, int Sequence, bool Cancelled, Uri Page, DateTime Stamp);

    /// <summary>Who sends a mailed entry and to whom: with them the file is an invitation (iTIP), which calendars update in place.</summary>
    public sealed record Invitation(string OrganizerName, string OrganizerAddress, string AttendeeName, string AttendeeAddress);

    /// <param name="invitation">Null for a downloaded file.</param>
    public static byte[] Create(Entry entry, Invitation? invitation = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Soteliiderit Academy//Webinars//FI",
            "CALSCALE:GREGORIAN",
            // A downloaded file is PUBLISH even when cancelled: CANCEL needs an ORGANIZER and attendees, which only a mail has.
            $"METHOD:{Method(entry, invitation)}",
            "BEGIN:VTIMEZONE",
            $"TZID:{FinnishTime.ZoneId}",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0300",
            "TZNAME:EEST",
            "DTSTART:19700329T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0200",
            "TZNAME:EET",
            "DTSTART:19701025T040000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            $"UID:webinar-{entry.Id:D}@soteliiderit-academy",
            $"SEQUENCE:{entry.Sequence.ToString(CultureInfo.InvariantCulture)}",
            $"DTSTAMP:{entry.Stamp.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART;TZID={FinnishTime.ZoneId}:{Local(entry.StartsAt)}",
            $"DTEND;TZID={FinnishTime.ZoneId}:{Local(WebinarPlanRules.EndOf(entry.StartsAt, entry.DurationMinutes))}",
            $"SUMMARY:{Escape(entry.Title)}",
            $"URL:{entry.Page.AbsoluteUri}",
            $"DESCRIPTION:{Escape(entry.Page.AbsoluteUri)}",
            entry.Cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
        };
        if (invitation is not null)
        {
            lines.Add($"ORGANIZER;CN={Quoted(invitation.OrganizerName)}:mailto:{invitation.OrganizerAddress}");
            lines.Add($"ATTENDEE;CN={Quoted(invitation.AttendeeName)};ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:{invitation.AttendeeAddress}");
        }

        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Method(Entry entry, Invitation? invitation) =>
        invitation is null ? "PUBLISH" : entry.Cancelled ? "CANCEL" : "REQUEST";

    /// <summary>A parameter value in double quotes, which may hold any text but a double quote or a line break.</summary>
    private static string Quoted(string text) =>
        $"\"{text.Replace("\"", "'", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)}\"";

    private static string Local(DateTime utc) => FinnishTime.ToLocal(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var first = true;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > (first ? 75 : 74))
            {
                text.Append("\r\n ");
                octets = 0;
                first = false;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
