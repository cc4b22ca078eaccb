using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Materials;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <param name="Number">1 for the first slide of the deck.</param>
/// <param name="Page">The page of the material this slide shows: 1 for an image, 1..n through a PDF.</param>
public sealed record DeckSlide(int Number, Guid MaterialId, LocalizedText Title, string ContentType, int Page);

/// <summary>
/// A webinar's slides as the room shows them, read the same way by the session (how far SetSlide may go) and the
/// pages: the plan's materials that are published now, in the plan's order, a PDF giving one slide per page.
/// </summary>
public static class SlideDeck
{
    public static async Task<IReadOnlyList<DeckSlide>> LoadAsync(AcademyDbContext db, IReadOnlyList<Guid> materials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(materials);
        if (materials.Count == 0)
        {
            return [];
        }

        var ids = materials.Distinct().ToList();
        var found = await db.Materials.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.Status == MaterialStatus.Published)
            .Select(m => new
            {
                m.Id,
                Title = new LocalizedText(m.TitleFi, m.TitleSv, m.TitleEn),
                m.ContentType,
                Pages = m.Versions.Where(v => v.Number == m.CurrentVersion).Select(v => v.Pages).FirstOrDefault(),
            })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var deck = new List<DeckSlide>();
        foreach (var material in materials.Where(found.ContainsKey).Select(id => found[id]))
        {
            var pages = material.ContentType == "application/pdf" ? Math.Max(1, material.Pages) : 1;
            for (var page = 1; page <= pages; page++)
            {
                deck.Add(new DeckSlide(deck.Count + 1, material.Id, material.Title, material.ContentType, page));
            }
        }

        return deck;
    }
}
