using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.IdeaBank;

/// <summary>
/// HR recommending pieces of the catalogue to its own supervisors (through <see cref="HrAudience"/>), and the
/// supervisors reading and dismissing what was recommended to them.
/// </summary>
public sealed class Recommendations(AcademyDbContext db, HrScope scope, HrAudience audience, IdeaCatalogue catalogue, TimeProvider time, ErrorMessages messages)
{
    public async Task<RecommendationOutcome> RecommendAsync(ClaimsPrincipal hr, RecommendationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var idea = input is { Item: { } kind, ItemId: { } id } ? await catalogue.FindAsync(kind, id) : null;
        if (idea is null)
        {
            errors.Add(new FieldError(nameof(RecommendationInput.ItemId), input.ItemId is null ? "Required" : "IdeaNotFound"));
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > Recommendation.MaxNoteLength)
        {
            errors.Add(new FieldError(nameof(RecommendationInput.Note), "TooLong", Recommendation.MaxNoteLength));
        }

        var (people, skipped) = await audience.ResolveAsync(hr, input.Whom, errors);
        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var recommendation = new Recommendation
        {
            Id = Guid.NewGuid(),
            OrganizationId = scope.OrganizationOf(hr),
            Item = idea!.Kind,
            ItemId = idea.Id,
            Note = note,
            Audience = input.Audience!.Value,
            UnitId = input.Audience is SupervisorAudience.Unit or SupervisorAudience.UnitAndSubUnits ? input.UnitId : null,
            RecommendedBy = hr.UserId(),
            RecommendedAt = now,
            People = [.. people.Select(p => new RecommendedPerson { UserId = p })],
        };
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();
        var summary = (await SentAsync(hr, recommendation.Id)).Single();
        return new RecommendationOutcome(summary, people.Count, [.. skipped.Select(messages.Describe)]);
    }

    /// <summary>The organization's recommendations still standing, newest first (or the one asked for).</summary>
    public async Task<IReadOnlyList<RecommendationSummary>> SentAsync(ClaimsPrincipal hr, Guid? only = null)
    {
        var organization = scope.OrganizationOf(hr);
        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.OrganizationId == organization && r.WithdrawnAt == null && (only == null || r.Id == only))
            .OrderByDescending(r => r.RecommendedAt)
            .Select(r => new { Recommendation = r, People = r.People.Count, Dismissed = r.People.Count(p => p.DismissedAt != null) })
            .ToListAsync();
        var titles = (await catalogue.BrowseAsync()).ToDictionary(i => i.Id, i => i.Title);
        var language = LocalizationSetup.CurrentLanguage;
        return [.. rows.Select(x => new RecommendationSummary(
            x.Recommendation.Id, x.Recommendation.Item, x.Recommendation.ItemId,
            titles.TryGetValue(x.Recommendation.ItemId, out var title) ? title.For(language) : "–",
            x.Recommendation.Note, x.Recommendation.Audience, x.Recommendation.UnitId, x.Recommendation.RecommendedAt, x.People, x.Dismissed))];
    }

    /// <summary>Takes it back from everyone; false when it is not this organization's.</summary>
    public async Task<bool> WithdrawAsync(ClaimsPrincipal hr, Guid recommendationId)
    {
        var organization = scope.OrganizationOf(hr);
        return await db.Recommendations
            .Where(r => r.Id == recommendationId && r.OrganizationId == organization && r.WithdrawnAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.WithdrawnAt, time.GetUtcNow().UtcDateTime)) == 1;
    }

    /// <summary>What was recommended to the person and not dismissed, newest first; pieces no longer in the catalogue drop out.</summary>
    public async Task<IReadOnlyList<MyRecommendation>> MineAsync(Guid userId)
    {
        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.WithdrawnAt == null && r.People.Any(p => p.UserId == userId && p.DismissedAt == null))
            .OrderByDescending(r => r.RecommendedAt)
            .ToListAsync();
        var ideas = rows.Count == 0 ? [] : (await catalogue.BrowseAsync()).ToDictionary(i => i.Id);
        return [.. rows.Where(r => ideas.ContainsKey(r.ItemId))
            .Select(r => (Row: r, Idea: ideas[r.ItemId]))
            .Select(x => new MyRecommendation(x.Row.Id, x.Row.Item, x.Row.ItemId, x.Idea.Title, x.Row.Note, x.Row.RecommendedAt, x.Idea.Link))];
    }

    /// <summary>False when it was not recommended to the person.</summary>
    public async Task<bool> DismissAsync(Guid userId, Guid recommendationId) =>
        await db.RecommendedPeople.Where(p => p.RecommendationId == recommendationId && p.UserId == userId && p.DismissedAt == null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.DismissedAt, time.GetUtcNow().UtcDateTime)) == 1;
}
