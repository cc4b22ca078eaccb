using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Units;

/// <summary>Renaming a unit or moving it, with its sub-units, under another; its own sub-units are not offered as places.</summary>
[Authorize(Policy = Policies.Units)]
public sealed class UnitModel(UnitDirectory units, ErrorMessages messages) : PageModel
{
    [FromRoute]
    public Guid OrganizationId { get; set; }

    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public UnitView Unit { get; private set; } = null!;

    /// <summary>Every unit but this one and those under it.</summary>
    public IReadOnlyList<UnitView> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organizationId, Guid unitId)
    {
        if (!await LoadAsync(organizationId, unitId))
        {
            return NotFound();
        }

        Input = new UnitForm { NameFi = Unit.NameFi, NameSv = Unit.NameSv, ParentId = Unit.ParentId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organizationId, Guid unitId)
    {
        if (!await LoadAsync(organizationId, unitId))
        {
            return NotFound();
        }

        try
        {
            var unit = await units.ChangeAsync(organizationId, unitId, Input.ToInput());
            return Redirect($"/organizations/{organizationId}/units?saved={Uri.EscapeDataString(unit!.Path)}");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, field => $"Input.{field}");
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid organizationId, Guid unitId)
    {
        if (!await units.ManagesAsync(User, organizationId))
        {
            return false;
        }

        var all = await units.ListAsync(organizationId);
        if (all.FirstOrDefault(u => u.Id == unitId) is not { } unit)
        {
            return false;
        }

        Unit = unit;
        var under = UnitTree.Of(all).WithSubUnits(unitId);
        Places = [.. all.Where(u => !under.Contains(u.Id))];
        return true;
    }
}
