using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Web.Features.Xapi;

/// <param name="Since">Only statements stored after this moment (exclusive, as xAPI says).</param>
/// <param name="Until">Only statements stored at or before this moment.</param>
/// <param name="After">The paging cursor a previous page's <c>more</c> carries.</param>
public sealed record XapiQuery(DateTime? Since = null, DateTime? Until = null, int? Limit = null, string? After = null);

/// <summary>
/// The academy's learning records as xAPI 1.0.3 statements, read from the rows the grains write: completed lessons,
/// passed quizzes, completed courses and attended webinars. HR reads its own organization's supervisors, admins
/// everyone. Ordered by stored time and id, so paging with <c>more</c> neither skips nor repeats.
/// </summary>
public sealed class XapiStatements(AcademyDbContext db, HrScope scope, IGrainFactory grains)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>Room for statements that share the cursor's moment, which the database cannot order by id.</summary>
    private const int TieRoom = 100;

    private static readonly XapiVerb Completed = Verb("completed", "completed", "suoritti", "slutförde");
    private static readonly XapiVerb Passed = Verb("passed", "passed", "läpäisi", "klarade");
    private static readonly XapiVerb Attended = Verb("attended", "attended", "osallistui", "deltog");

    public async Task<XapiStatementResult> ListAsync(ClaimsPrincipal reader, XapiQuery query, string site, string path)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (limit, cursor) = Check(query);
        var people = reader.IsInRole(Roles.Admin) ? db.Users : scope.Supervisors(reader);
        var start = cursor?.Stored ?? query.Since;
        var take = limit + 1 + TieRoom;
        var context = new StatementContext(site, await OrganizationsAsync(), await UnitsAsync());
        var sources = new[]
        {
            await LessonsAsync(people, start, query.Until, take, context),
            await CoursesAsync(people, start, query.Until, take, context),
            await WebinarsAsync(people, start, query.Until, take, context),
        };
        // A source that filled its read may hold more rows after its last one: nothing later than that is certain
        // yet, so the page stops there and the next one starts from it (rows left out in memory cannot open a gap).
        var cutOff = sources.Where(s => s.CutOff is not null).Select(s => s.CutOff).Min();
        var ordered = sources.SelectMany(s => s.Statements)
            .Where(s => query.Since is null || s.Stored > query.Since)
            .Where(s => cursor is null || s.Stored > cursor.Stored || (s.Stored == cursor.Stored && string.CompareOrdinal(s.Id.ToString(), cursor.Id.ToString()) > 0))
            .OrderBy(s => s.Stored).ThenBy(s => s.Id.ToString(), StringComparer.Ordinal)
            .ToList();
        var certain = ordered.Where(s => cutOff is null || s.Stored < cutOff).ToList();
        if (certain.Count == 0 && cutOff is not null)
        {
            // More rows of one moment than a read holds: take that moment whole rather than stand still.
            certain = [.. ordered.Where(s => s.Stored <= cutOff)];
        }

        var page = certain.Take(limit).ToList();
        var more = page.Count > 0 && (certain.Count > limit || cutOff is not null)
            ? $"{path}?{Query(query, limit, $"{page[^1].Stored.Ticks.ToString(CultureInfo.InvariantCulture)}_{page[^1].Id}")}"
            : "";
        return new XapiStatementResult(page, more);
    }

    /// <param name="CutOff">The stored time of the last row read when the read was full; null when the source had no more.</param>
    private sealed record SourcePage(List<XapiStatement> Statements, DateTime? CutOff);

    private static DateTime? CutOffOf<T>(IReadOnlyList<T> rows, int take, Func<T, DateTime> stored) =>
        rows.Count == take ? DateTime.SpecifyKind(stored(rows[^1]), DateTimeKind.Utc) : null;

    private sealed record Cursor(DateTime Stored, Guid Id);

    private sealed record StatementContext(string Site, IReadOnlyDictionary<Guid, LocalizedText> Organizations, IReadOnlyDictionary<Guid, (Guid Organization, LocalizedText Name)> Units);

    private static (int Limit, Cursor? Cursor) Check(XapiQuery query)
    {
        var errors = new List<FieldError>();
        if (query.Limit is < 1 or > MaxLimit)
        {
            errors.Add(new FieldError(nameof(XapiQuery.Limit), "OutOfRange", 1, MaxLimit));
        }

        if (query.Since is { } since && query.Until is { } until && since > until)
        {
            errors.Add(new FieldError(nameof(XapiQuery.Until), "RangeReversed"));
        }

        Cursor? cursor = null;
        if (query.After is { } after)
        {
            var parts = after.Split('_');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks && Guid.TryParse(parts[1], out var id))
            {
                cursor = new Cursor(new DateTime(ticks, DateTimeKind.Utc), id);
            }
            else
            {
                errors.Add(new FieldError(nameof(XapiQuery.After), "Invalid"));
            }
        }

        return errors.Count > 0 ? throw RuleViolationException.InvalidFields(errors) : (query.Limit ?? DefaultLimit, cursor);
    }

    private async Task<SourcePage> LessonsAsync(IQueryable<AcademyUser> people, DateTime? start, DateTime? end, int take, StatementContext context)
    {
        var rows = await (from e in db.Enrollments.AsNoTracking()
                          join u in people on e.LearnerId equals u.Id
                          from l in e.Lessons
                          where (start == null || l.CompletedAt >= start) && (end == null || l.CompletedAt <= end)
                          orderby l.CompletedAt
                          select new { UserId = u.Id, u.OrganizationId, u.UnitId, e.Id, e.CourseId, l.LessonKey, l.CompletedAt, l.QuizScore })
            .Take(take).ToListAsync();
        var statements = new List<XapiStatement>();
        foreach (var row in rows)
        {
            if (await PublishedAsync(row.CourseId) is not { } course || course.Content.FindLesson(row.LessonKey) is not { } lesson)
            {
                continue;
            }

            var courseActivity = CourseActivity(context.Site, course);
            var activity = new XapiActivity($"{courseActivity.Id}/lessons/{lesson.Key}", new(LanguageMap(lesson.Title), lesson.Quiz is null ? "http://adlnet.gov/expapi/activities/lesson" : "http://adlnet.gov/expapi/activities/assessment"));
            var passed = lesson.Quiz is { } quiz && row.QuizScore is { } score && score >= quiz.PassMarkPercent;
            if (lesson.Quiz is not null && !passed)
            {
                continue;
            }

            var result = passed ? new XapiResult(true, true, new XapiScore(row.QuizScore!.Value / 100.0)) : new XapiResult(true);
            statements.Add(Statement($"lesson:{row.Id}:{lesson.Key}", row.UserId, passed ? Passed : Completed, activity, result, row.CompletedAt, context, row.OrganizationId, row.UnitId, courseActivity));
        }

        return new SourcePage(statements, CutOffOf(rows, take, r => r.CompletedAt));
    }

    private async Task<SourcePage> CoursesAsync(IQueryable<AcademyUser> people, DateTime? start, DateTime? end, int take, StatementContext context)
    {
        var rows = await (from e in db.Enrollments.AsNoTracking()
                          join u in people on e.LearnerId equals u.Id
                          where e.CompletedAt != null && (start == null || e.CompletedAt >= start) && (end == null || e.CompletedAt <= end)
                          orderby e.CompletedAt
                          select new { UserId = u.Id, u.OrganizationId, u.UnitId, e.Id, e.CourseId, CompletedAt = e.CompletedAt!.Value })
            .Take(take).ToListAsync();
        var statements = new List<XapiStatement>();
        foreach (var row in rows)
        {
            if (await PublishedAsync(row.CourseId) is { } course)
            {
                statements.Add(Statement($"course:{row.Id}", row.UserId, Completed, CourseActivity(context.Site, course), new XapiResult(true, true), row.CompletedAt, context, row.OrganizationId, row.UnitId, null));
            }
        }

        return new SourcePage(statements, CutOffOf(rows, take, r => r.CompletedAt));
    }

    private async Task<SourcePage> WebinarsAsync(IQueryable<AcademyUser> people, DateTime? start, DateTime? end, int take, StatementContext context)
    {
        var webinars = await db.Webinars.AsNoTracking()
            .Where(w => w.Status == WebinarStatus.Ended && w.EndedAt != null && (start == null || w.EndedAt >= start) && (end == null || w.EndedAt <= end))
            .Where(w => db.WebinarAttendance.Any(a => a.WebinarId == w.Id && people.Any(p => p.Id == a.UserId)))
            .OrderBy(w => w.EndedAt).Take(take).ToListAsync();
        var ids = webinars.Select(w => w.Id).ToList();
        var stretches = (await (from a in db.WebinarAttendance.AsNoTracking()
                                join u in people on a.UserId equals u.Id
                                where ids.Contains(a.WebinarId)
                                select new { Stretch = a, u.OrganizationId, u.UnitId }).ToListAsync())
            .ToLookup(x => x.Stretch.WebinarId);
        var statements = new List<XapiStatement>();
        foreach (var webinar in webinars)
        {
            var threshold = await AttendanceThreshold.PercentAsync(grains, webinar);
            var activity = new XapiActivity($"{context.Site}/webinars/{webinar.Id}", new(LanguageMap(new LocalizedText(webinar.TitleFi, webinar.TitleSv, webinar.TitleEn)), "http://adlnet.gov/expapi/activities/meeting"));
            foreach (var person in stretches[webinar.Id].GroupBy(x => x.Stretch.UserId))
            {
                var share = AttendanceShare.Of(person.Select(x => x.Stretch), webinar);
                var result = new XapiResult(share.Percent >= threshold, share.Percent >= threshold, new XapiScore(share.Percent / 100.0), $"PT{share.Minutes.ToString(CultureInfo.InvariantCulture)}M");
                statements.Add(Statement($"webinar:{webinar.Id}:{person.Key}", person.Key, Attended, activity, result, webinar.EndedAt!.Value, context, person.First().OrganizationId, person.First().UnitId, null));
            }
        }

        return new SourcePage(statements, CutOffOf(webinars, take, w => w.EndedAt!.Value));
    }

    private static XapiStatement Statement(
        string name, Guid userId, XapiVerb verb, XapiActivity activity, XapiResult result, DateTime at, StatementContext context, Guid? organization, Guid? unit, XapiActivity? parent)
    {
        var grouping = new List<XapiActivity>();
        var extensions = new Dictionary<string, string>();
        if (organization is { } org)
        {
            grouping.Add(new XapiActivity($"{context.Site}/organizations/{org}", new(LanguageMap(context.Organizations.GetValueOrDefault(org) ?? LocalizedText.Empty), $"{context.Site}/xapi/activity-types/organization")));
            extensions[$"{context.Site}/xapi/extensions/organization"] = org.ToString();
        }

        if (unit is { } u && context.Units.TryGetValue(u, out var known))
        {
            grouping.Add(new XapiActivity($"{context.Site}/organizations/{known.Organization}/units/{u}", new(LanguageMap(known.Name), $"{context.Site}/xapi/activity-types/unit")));
            extensions[$"{context.Site}/xapi/extensions/unit"] = u.ToString();
        }

        var utc = DateTime.SpecifyKind(at, DateTimeKind.Utc);
        return new XapiStatement(
            StatementIds.For(name), new XapiAgent(new XapiAccount(context.Site, userId.ToString())), verb, activity, result,
            new XapiContext("Soteliiderit Academy", new XapiContextActivities(parent is null ? null : [parent], grouping), extensions),
            utc, utc);
    }

    private static XapiActivity CourseActivity(string site, PublishedCourse course) =>
        new($"{site}/courses/{course.CourseId}", new(LanguageMap(course.Content.Title), "http://adlnet.gov/expapi/activities/course"));

    private readonly Dictionary<Guid, PublishedCourse?> _courses = [];

    private async Task<PublishedCourse?> PublishedAsync(Guid courseId)
    {
        if (!_courses.TryGetValue(courseId, out var course))
        {
            course = await grains.GetGrain<ICourseGrain>(courseId.ToString()).GetPublished();
            _courses[courseId] = course;
        }

        return course;
    }

    private async Task<IReadOnlyDictionary<Guid, LocalizedText>> OrganizationsAsync() =>
        await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => new LocalizedText(o.NameFi, o.NameSv, null));

    private async Task<IReadOnlyDictionary<Guid, (Guid, LocalizedText)>> UnitsAsync() =>
        await db.OrganizationUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.OrganizationId, new LocalizedText(u.NameFi, u.NameSv, null)));

    /// <summary>An xAPI language map: RFC 5646 tags for the languages the text has; "und" when it has none.</summary>
    private static Dictionary<string, string> LanguageMap(LocalizedText text)
    {
        var map = new Dictionary<string, string>();
        if (text.Fi is { Length: > 0 } fi)
        {
            map["fi-FI"] = fi;
        }

        if (text.Sv is { Length: > 0 } sv)
        {
            map["sv-FI"] = sv;
        }

        if (text.En is { Length: > 0 } en)
        {
            map["en"] = en;
        }

        if (map.Count == 0)
        {
            map["und"] = "–";
        }

        return map;
    }

    private static XapiVerb Verb(string name, string en, string fi, string sv) =>
        new($"http://adlnet.gov/expapi/verbs/{name}", new Dictionary<string, string> { ["en-US"] = en, ["fi-FI"] = fi, ["sv-FI"] = sv });

    private static string Query(XapiQuery query, int limit, string after)
    {
        var parts = new List<string> { $"limit={limit.ToString(CultureInfo.InvariantCulture)}", $"after={Uri.EscapeDataString(after)}" };
        if (query.Since is { } since)
        {
            parts.Add($"since={Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture))}");
        }

        if (query.Until is { } until)
        {
            parts.Add($"until={Uri.EscapeDataString(until.ToString("O", CultureInfo.InvariantCulture))}");
        }

        return string.Join('&', parts);
    }
}
