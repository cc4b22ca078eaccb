using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Courses;

public sealed record CatalogEntry(
    Guid Id,
    LocalizedText Title,
    LocalizedText Summary,
    CourseThemes Themes,
    IReadOnlyList<string> Languages,
    int Lessons,
    int Minutes,
    int? MyPercent,
    bool MyCompleted);

/// <summary>Published courses, filtered by language and theme in the database, with the caller's own progress.</summary>
public sealed class CourseCatalog(AcademyDbContext db, IGrainFactory grains)
{
    public static readonly IReadOnlyList<CourseThemes> Themes =
        [CourseThemes.RemoteLeadership, CourseThemes.ChangeManagement, CourseThemes.WellbeingAtWork, CourseThemes.KnowledgeBasedManagement];

    /// <summary>Ticked theme boxes as one flags value; values that are not themes are dropped.</summary>
    public static CourseThemes Combine(IEnumerable<CourseThemes> themes) =>
        themes.Aggregate(CourseThemes.None, (all, theme) => all | (Themes.Contains(theme) ? theme : CourseThemes.None));

    /// <summary>A flags value as the theme boxes to tick.</summary>
    public static List<CourseThemes> Split(CourseThemes themes) => [.. Themes.Where(theme => themes.HasFlag(theme))];

    public async Task<IReadOnlyList<CatalogEntry>> SearchAsync(ClaimsPrincipal user, string? language, CourseThemes? theme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published);
        if (Languages.IsSupported(language))
        {
            query = query.Where(c => c.Languages.Contains(language!));
        }

        if (theme is { } wanted and not CourseThemes.None)
        {
            query = query.Where(c => (c.Themes & wanted) == wanted);
        }

        var ids = await query.OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync();
        var mine = (await grains.GetGrain<ILearnerGrain>(user.UserKey()).GetDashboard()).Courses.ToDictionary(c => c.CourseId);
        var entries = new List<CatalogEntry>(ids.Count);
        foreach (var id in ids)
        {
            if (await grains.GetGrain<ICourseGrain>(id.ToString()).GetPublished() is not { } course)
            {
                continue;
            }

            var content = course.Content;
            var enrolled = mine.GetValueOrDefault(id);
            entries.Add(new CatalogEntry(
                id,
                content.Title,
                content.Summary,
                content.Themes,
                content.WrittenIn(),
                content.Lessons.Count(),
                content.Lessons.Sum(l => l.Minutes),
                enrolled?.Percent,
                enrolled?.CompletedAt is not null));
        }

        return entries;
    }
}
