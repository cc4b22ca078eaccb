using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>A webinar plan as the API and the form send it: co-facilitators by e-mail address, the start with its offset.</summary>
public sealed record WebinarPlanRequest(
    LocalizedText Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    int LobbyMinutes = 15,
    int Capacity = 100,
    bool OpenToAll = false,
    bool QuestionsNeedApproval = false,
    Guid? CourseId = null,
    string? StreamUrl = null,
    IReadOnlyList<Guid>? Slides = null,
    IReadOnlyList<string>? CoFacilitators = null,
    LocalizedText? Description = null);

/// <summary>
/// Turns a request into the grain's plan: finds the co-facilitators by e-mail, naming those it cannot find. Only
/// someone who may change the plan gets that far, and only for a handful of addresses, so nobody can use the form
/// to learn who has an account.
/// </summary>
public sealed class WebinarPlanning(AcademyDbContext db, IGrainFactory grains)
{
    public async Task ScheduleAsync(ClaimsPrincipal user, Guid webinarId, WebinarPlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var who = Participant(user);
        if (await db.Webinars.AnyAsync(w => w.Id == webinarId) && !await WebinarRoster.ManagesAsync(db, webinarId, who))
        {
            throw RuleViolationException.Forbidden("OnlyCreator");
        }

        var emails = (request.CoFacilitators ?? []).Select(e => e?.Trim() ?? "").Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (emails.Count > WebinarGrain.MaxCoFacilitators)
        {
            throw RuleViolationException.InvalidFields([new FieldError(nameof(request.CoFacilitators), "TooMany", WebinarGrain.MaxCoFacilitators)]);
        }

        var normalized = emails.Select(e => e.ToUpperInvariant()).ToList();
        var found = await db.Users.Where(u => normalized.Contains(u.NormalizedEmail!) && u.IsActive).Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync();
        var missing = emails.Where(e => found.All(f => !string.Equals(f.NormalizedEmail, e, StringComparison.OrdinalIgnoreCase))).ToList();
        var plan = new WebinarPlan(
            request.Title ?? LocalizedText.Empty,
            request.StartsAt.UtcDateTime,
            request.DurationMinutes,
            request.LobbyMinutes,
            request.Capacity,
            request.OpenToAll,
            request.QuestionsNeedApproval,
            request.CourseId,
            request.StreamUrl,
            request.Slides ?? [],
            [.. found.Select(f => f.Id)])
        {
            Description = request.Description ?? LocalizedText.Empty,
        };
        if (missing.Count > 0)
        {
            // Name the unknown people together with whatever else is wrong, not one round of the form after another.
            throw RuleViolationException.InvalidFields(
                [.. WebinarPlanRules.Check(plan, now: null), new FieldError(nameof(request.CoFacilitators), "UnknownEmail", string.Join(", ", missing))]);
        }

        await grains.GetGrain<IWebinarGrain>(webinarId.ToString()).Schedule(who, plan);
    }

    public static Participant Participant(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Participant(user.UserId(), user.DisplayNameOf(), IsAdmin: user.IsInRole(Roles.Admin));
    }
}
