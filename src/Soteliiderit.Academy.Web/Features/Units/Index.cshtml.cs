using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Units;

/// <summary>An organization's unit tree, and a form to add a unit; for admins and that organization's HR, 404 for anyone else.</summary>
[Authorize(Policy = Policies.Units)]
public sealed class IndexModel(UnitDirectory units, AcademyDbContext db, ErrorMessages messages) : PageModel
{
    [FromRoute]
    public Guid OrganizationId { get; set; }

    [BindProperty]
    public UnitForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public string OrganizationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid organizationId) =>
        await LoadAsync(organizationId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organizationId)
    {
        if (!await LoadAsync(organizationId))
        {
            return NotFound();
        }

        try
        {
            var unit = await units.CreateAsync(organizationId, Input.ToInput());
            return Redirect($"/organizations/{organizationId}/units?saved={Uri.EscapeDataString(unit.Path)}");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, field => $"Input.{field}");
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid organizationId)
    {
        if (!await units.ManagesAsync(User, organizationId))
        {
            return false;
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId);
        OrganizationName = organization.NameIn(LocalizationSetup.CurrentLanguage);
        Units = await units.ListAsync(organizationId);
        return true;
    }
}
