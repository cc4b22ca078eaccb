using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class NewUserModel(UserAccounts accounts, OrganizationDirectory organizations, ErrorMessages messages) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public IReadOnlyList<OrganizationSummary> Organizations { get; private set; } = [];

    public async Task OnGetAsync() => Organizations = await organizations.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Organizations = await organizations.ListAsync();
            return Page();
        }

        try
        {
            var user = await accounts.CreateAsync(Input.ToAccount());
            TempData[UserModel.LinkKey] = await accounts.SetPasswordLinkAsync(user, Request);
            return Redirect($"/admin/users/{user.Id}");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, field => $"Input.{field}");
            Organizations = await organizations.ListAsync();
            return Page();
        }
    }
}
