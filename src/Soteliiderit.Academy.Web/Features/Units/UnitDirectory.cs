using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Units;

/// <param name="ParentId">The unit it lies under; none for a top-level unit.</param>
public sealed record UnitInput(string NameFi, string? NameSv = null, Guid? ParentId = null);

/// <param name="Path">The names from the top down to this unit, in the reader's language.</param>
/// <param name="People">The people placed in this unit itself (not in its sub-units).</param>
public sealed record UnitView(Guid Id, Guid? ParentId, string NameFi, string NameSv, string Path, int People);

/// <summary>
/// An organization's units, for admins (any organization) and the organization's own HR (no other): a tree of any
/// depth, names in Finnish and Swedish, a unit never under itself or its own sub-units.
/// </summary>
public sealed class UnitDirectory(AcademyDbContext db, TimeProvider time)
{
    /// <summary>Whether the caller manages this organization's units: an admin, or HR of that organization.</summary>
    public async Task<bool> ManagesAsync(ClaimsPrincipal user, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (user.IsInRole(Roles.Admin) || HrScope.IsHrOf(user, organizationId))
            && await db.Organizations.AnyAsync(o => o.Id == organizationId);
    }

    public async Task<IReadOnlyList<UnitView>> ListAsync(Guid organizationId)
    {
        var units = await UnitsOfAsync(organizationId);
        var tree = new UnitTree(units);
        var people = await db.Users.Where(u => u.OrganizationId == organizationId && u.UnitId != null)
            .GroupBy(u => u.UnitId!.Value).Select(g => new { Unit = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Unit, g => g.Count);
        return [.. units.Select(u => View(u, tree, people.GetValueOrDefault(u.Id))).OrderBy(u => u.Path, StringComparer.CurrentCulture)];
    }

    public async Task<UnitView> CreateAsync(Guid organizationId, UnitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var units = await UnitsOfAsync(organizationId);
        var (nameFi, nameSv) = Check(input, null, units);
        var unit = new OrganizationUnit { Id = Guid.NewGuid(), OrganizationId = organizationId, ParentId = input.ParentId, NameFi = nameFi, NameSv = nameSv, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.OrganizationUnits.Add(unit);
        await db.SaveChangesAsync();
        return View(unit, new UnitTree([.. units, unit]), 0);
    }

    /// <summary>Renames or moves a unit (with everything under it); null when it is not this organization's.</summary>
    public async Task<UnitView?> ChangeAsync(Guid organizationId, Guid unitId, UnitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var units = await UnitsOfAsync(organizationId);
        if (units.FirstOrDefault(u => u.Id == unitId) is not { } unit)
        {
            return null;
        }

        (unit.NameFi, unit.NameSv) = Check(input, unit, units);
        unit.ParentId = input.ParentId;
        db.OrganizationUnits.Update(unit);
        await db.SaveChangesAsync();
        return View(unit, new UnitTree(units), await db.Users.CountAsync(u => u.UnitId == unitId));
    }

    private async Task<List<OrganizationUnit>> UnitsOfAsync(Guid organizationId) =>
        await db.OrganizationUnits.AsNoTracking().Where(u => u.OrganizationId == organizationId).ToListAsync();

    /// <summary>The cleaned names, once the input is valid for this organization's tree; every problem named by field.</summary>
    private static (string NameFi, string NameSv) Check(UnitInput input, OrganizationUnit? changed, IReadOnlyList<OrganizationUnit> units)
    {
        var errors = new List<FieldError>();
        var (nameFi, nameSv) = FinnishAndSwedishName.Clean(input.NameFi, input.NameSv, errors);

        var tree = new UnitTree(units);
        if (input.ParentId is { } parent && !tree.Contains(parent))
        {
            errors.Add(new FieldError(nameof(UnitInput.ParentId), "UnitNotFound"));
        }
        else if (input.ParentId is { } under && changed is not null && tree.IsWithin(under, changed.Id))
        {
            errors.Add(new FieldError(nameof(UnitInput.ParentId), "UnitUnderItself"));
        }

        if (units.Any(u => u.Id != changed?.Id && u.ParentId == input.ParentId && string.Equals(u.NameFi, nameFi, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new FieldError(nameof(UnitInput.NameFi), "UnitExists"));
        }

        return errors.Count > 0 ? throw RuleViolationException.InvalidFields(errors) : (nameFi, nameSv);
    }

    private static UnitView View(OrganizationUnit unit, UnitTree tree, int people) =>
        new(unit.Id, unit.ParentId, unit.NameFi, unit.NameSv, tree.PathOf(unit.Id, LocalizationSetup.CurrentLanguage), people);
}
