using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <param name="Registered">The organization's supervisors with a seat or on the waiting list.</param>
/// <param name="Attended">Of its supervisors, those who were in the room at all.</param>
/// <param name="ReachedShare">Of them, those who were there for the share the webinar counts (<paramref name="SharePercent"/>).</param>
public sealed record WebinarAttendanceSummary(
    Guid WebinarId, string Title, DateTime StartsAt, WebinarStatus Status, int Registered, int Attended, int AverageMinutes, int ReachedShare, int SharePercent);

/// <summary>
/// HR's attendance view across webinars: for each webinar its own supervisors registered for or attended (in the
/// days asked, by its start), how many came, for how long on average and how many reached the share that counts.
/// </summary>
public sealed class AttendanceOverview(AcademyDbContext db, HrScope scope, IGrainFactory grains)
{
    public async Task<IReadOnlyList<WebinarAttendanceSummary>> ForAsync(ClaimsPrincipal hr, CompletionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new List<FieldError>();
        filter.Check(errors);
        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        var people = scope.Supervisors(hr);
        var (start, end) = (filter.FromUtc, filter.UntilUtc);
        var webinars = await db.Webinars.AsNoTracking()
            .Where(w => w.Status != WebinarStatus.Cancelled && (start == null || w.StartsAt >= start) && (end == null || w.StartsAt < end))
            .Where(w => db.WebinarRegistrations.Any(r => r.WebinarId == w.Id && people.Any(p => p.Id == r.UserId))
                || db.WebinarAttendance.Any(a => a.WebinarId == w.Id && people.Any(p => p.Id == a.UserId)))
            .OrderByDescending(w => w.StartsAt)
            .ToListAsync();
        var ids = webinars.Select(w => w.Id).ToList();
        var registered = await (from r in db.WebinarRegistrations
                                join u in people on r.UserId equals u.Id
                                where ids.Contains(r.WebinarId)
                                group r by r.WebinarId into g
                                select new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var stretches = (await (from a in db.WebinarAttendance.AsNoTracking()
                                join u in people on a.UserId equals u.Id
                                where ids.Contains(a.WebinarId)
                                select a).ToListAsync()).ToLookup(a => a.WebinarId);
        var language = LocalizationSetup.CurrentLanguage;
        var rows = new List<WebinarAttendanceSummary>();
        foreach (var webinar in webinars)
        {
            var threshold = await AttendanceThreshold.PercentAsync(grains, webinar);
            var shares = stretches[webinar.Id].GroupBy(a => a.UserId).Select(g => AttendanceShare.Of(g, webinar)).ToList();
            rows.Add(new WebinarAttendanceSummary(
                webinar.Id, new LocalizedText(webinar.TitleFi, webinar.TitleSv, webinar.TitleEn).For(language), webinar.StartsAt, webinar.Status,
                registered.GetValueOrDefault(webinar.Id), shares.Count, shares.Count == 0 ? 0 : (int)Math.Round(shares.Average(s => s.Minutes)),
                shares.Count(s => s.Percent >= threshold), threshold));
        }

        return rows;
    }
}
