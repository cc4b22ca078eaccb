using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.IdeaBank;

/// <param name="Summary">What it is about (a material's or webinar's description); empty for a course.</param>
/// <param name="StartsAt">A webinar's start; null for the others.</param>
public sealed record Idea(RecommendedItem Kind, Guid Id, LocalizedText Title, LocalizedText Summary, DateTime? StartsAt)
{
    /// <summary>Where a supervisor opens it.</summary>
    public string Link => Kind switch
    {
        RecommendedItem.Course => $"/courses/{Id}",
        RecommendedItem.Material => $"/materials/{Id}",
        _ => $"/webinars/{Id}",
    };
}

/// <summary>
/// What HR may recommend, as supervisors see it: published courses and materials, and webinars still to come or
/// with a recording to watch. The catalogue is tens or hundreds of pieces, so it is read whole and searched here.
/// </summary>
public sealed class IdeaCatalogue(AcademyDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<Idea>> BrowseAsync(string? search = null, RecommendedItem? kind = null)
    {
        var ideas = new List<Idea>();
        if (kind is null or RecommendedItem.Course)
        {
            ideas.AddRange(await CoursesAsync(null));
        }

        if (kind is null or RecommendedItem.Material)
        {
            ideas.AddRange(await MaterialsAsync(null));
        }

        if (kind is null or RecommendedItem.Webinar)
        {
            ideas.AddRange(await WebinarsAsync(null));
        }

        var words = (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. ideas.Where(idea => words.All(word => Matches(idea, word)))];
    }

    /// <summary>The piece, if it is one HR may recommend now.</summary>
    public async Task<Idea?> FindAsync(RecommendedItem kind, Guid id) => kind switch
    {
        RecommendedItem.Course => (await CoursesAsync(id)).SingleOrDefault(),
        RecommendedItem.Material => (await MaterialsAsync(id)).SingleOrDefault(),
        RecommendedItem.Webinar => (await WebinarsAsync(id)).SingleOrDefault(),
        _ => null,
    };

    private async Task<IEnumerable<Idea>> CoursesAsync(Guid? only) =>
        (await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published && (only == null || c.Id == only))
            .OrderBy(c => c.CreatedAt).Select(c => new { c.Id, c.TitleFi, c.TitleSv, c.TitleEn }).ToListAsync())
        .Select(c => new Idea(RecommendedItem.Course, c.Id, new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn), LocalizedText.Empty, null));

    private async Task<IEnumerable<Idea>> MaterialsAsync(Guid? only) =>
        (await db.Materials.AsNoTracking().Where(m => m.Status == MaterialStatus.Published && (only == null || m.Id == only))
            .OrderByDescending(m => m.UpdatedAt).Select(m => new { m.Id, m.TitleFi, m.TitleSv, m.TitleEn, m.DescriptionFi, m.DescriptionSv, m.DescriptionEn }).ToListAsync())
        .Select(m => new Idea(RecommendedItem.Material, m.Id, new LocalizedText(m.TitleFi, m.TitleSv, m.TitleEn), new LocalizedText(m.DescriptionFi, m.DescriptionSv, m.DescriptionEn), null));

    private async Task<IEnumerable<Idea>> WebinarsAsync(Guid? only)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Webinars.AsNoTracking()
            .Where(w => (w.Status == WebinarStatus.Scheduled || (w.Status == WebinarStatus.Ended && w.RecordingUrl != null)) && (only == null || w.Id == only))
            .OrderBy(w => w.StartsAt)
            .Select(w => new { w.Id, w.Status, w.TitleFi, w.TitleSv, w.TitleEn, w.DescriptionFi, w.DescriptionSv, w.DescriptionEn, w.StartsAt, w.DurationMinutes })
            .ToListAsync();
        return rows
            .Where(w => w.Status == WebinarStatus.Ended || w.StartsAt.AddMinutes(w.DurationMinutes) > now)
            .Select(w => new Idea(RecommendedItem.Webinar, w.Id, new LocalizedText(w.TitleFi, w.TitleSv, w.TitleEn), new LocalizedText(w.DescriptionFi, w.DescriptionSv, w.DescriptionEn), w.StartsAt));
    }

    private static bool Matches(Idea idea, string word) =>
        new[] { idea.Title.Fi, idea.Title.Sv, idea.Title.En, idea.Summary.Fi, idea.Summary.Sv, idea.Summary.En }
            .Any(text => text?.Contains(word, StringComparison.CurrentCultureIgnoreCase) == true);
}
