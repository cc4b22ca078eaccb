using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Units;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>
/// Whom HR addresses (an assignment, a recommendation): one supervisor, a pasted list or CSV of addresses, a unit
/// with or without its sub-units, or everyone.
/// </summary>
/// <param name="TakeValidRows">With a list that has bad lines: take the good ones and report the rest, instead of nothing.</param>
public sealed record AudienceChoice(SupervisorAudience? Audience, Guid? UserId, string? Emails, Guid? UnitId, bool TakeValidRows);

/// <summary>
/// The active supervisors an <see cref="AudienceChoice"/> reaches, always through <see cref="HrScope"/>: another
/// organization's supervisor is as unknown as an address nobody has.
/// </summary>
public sealed class HrAudience(AcademyDbContext db, HrScope scope)
{
    /// <summary>The people, in the list's order for a list, and the list lines left out (when HR chose so); problems go to <paramref name="errors"/>.</summary>
    public async Task<(List<Guid> People, IReadOnlyList<FieldError> Skipped)> ResolveAsync(ClaimsPrincipal hr, AudienceChoice choice, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(errors);
        var active = scope.Supervisors(hr).Where(u => u.IsActive);
        switch (choice.Audience)
        {
            case SupervisorAudience.People when choice.UserId is { } userId:
                if (await scope.SupervisorAsync(hr, userId) is null)
                {
                    errors.Add(new FieldError(nameof(AudienceChoice.UserId), "AssignmentSupervisorNotFound"));
                }

                return ([userId], []);
            case SupervisorAudience.People:
                return await ListedAsync(active, choice, errors);
            case SupervisorAudience.Unit or SupervisorAudience.UnitAndSubUnits:
                var units = new UnitTree(await db.OrganizationUnits.AsNoTracking().Where(u => u.OrganizationId == scope.OrganizationOf(hr)).ToListAsync());
                if (choice.UnitId is not { } unit || !units.Contains(unit))
                {
                    errors.Add(new FieldError(nameof(AudienceChoice.UnitId), choice.UnitId is null ? "Required" : "UnitNotFound"));
                    return ([], []);
                }

                var reached = choice.Audience == SupervisorAudience.Unit ? new HashSet<Guid> { unit } : units.WithSubUnits(unit);
                return (await active.Where(u => u.UnitId != null && reached.Contains(u.UnitId.Value)).Select(u => u.Id).ToListAsync(), []);
            case SupervisorAudience.Everyone:
                return (await active.Select(u => u.Id).ToListAsync(), []);
            default:
                errors.Add(new FieldError(nameof(AudienceChoice.Audience), "Required"));
                return ([], []);
        }
    }

    private static async Task<(List<Guid>, IReadOnlyList<FieldError>)> ListedAsync(IQueryable<AcademyUser> active, AudienceChoice choice, List<FieldError> errors)
    {
        const string field = nameof(AudienceChoice.Emails);
        var (listed, lineErrors) = EmailList.Read(choice.Emails, field);
        var normalized = listed.Select(e => e.Email.ToUpperInvariant()).Distinct().ToList();
        var known = await active.Where(u => normalized.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id);
        var problems = lineErrors.Concat(listed.Where(e => !known.ContainsKey(e.Email.ToUpperInvariant()))
            .Select(e => new FieldError(field, "AssignmentLineUnknown", e.Line, e.Column, e.Email))).OrderBy(e => (int)e.Arguments[0]).ToList();
        if (known.Count == 0 && problems.Count == 0)
        {
            errors.Add(new FieldError(field, "AssignmentEmailsRequired"));
        }
        else if (known.Count == 0 || (problems.Count > 0 && !choice.TakeValidRows))
        {
            errors.AddRange(problems);
        }

        // In the list's order: with few seats left, the first named get them.
        var people = listed.Select(e => known.GetValueOrDefault(e.Email.ToUpperInvariant())).Where(id => id != Guid.Empty).Distinct();
        return ([.. people], choice.TakeValidRows ? problems : []);
    }
}
