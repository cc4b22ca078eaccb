using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class OrganizationsModel(OrganizationDirectory organizations, ErrorMessages messages) : PageModel
{
    public IReadOnlyList<OrganizationSummary> List { get; private set; } = [];

    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "created")]
    public bool Created { get; set; }

    public async Task OnGetAsync() => List = await organizations.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            List = await organizations.ListAsync();
            return Page();
        }

        try
        {
            await organizations.CreateAsync(new NewOrganization(Input.NameFi ?? "", Input.NameSv, Input.Kind));
            return Redirect("/admin/organizations?created=true");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, field => $"Input.{field}");
            List = await organizations.ListAsync();
            return Page();
        }
    }

    public sealed class OrganizationInput
    {
        public string? NameFi { get; set; }

        public string? NameSv { get; set; }

        public OrganizationKind Kind { get; set; } = OrganizationKind.Municipality;
    }
}
