using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class NewUserModel(UserAccounts accounts, OrganizationDirectory organizations, UnitDirectory units, ErrorMessages messages) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public PersonFieldsModel Fields { get; private set; } = null!;

    public async Task OnGetAsync() => Fields = await PersonFields.ForAsync(Input, organizations, units);

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                var user = await accounts.CreateAsync(Input.ToAccount());
                TempData[UserModel.LinkKey] = await accounts.SetPasswordLinkAsync(user, Request);
                return Redirect($"/admin/users/{user.Id}");
            }
            catch (RuleViolationException violation)
            {
                ModelState.AddRuleViolation(violation, messages, field => $"Input.{field}");
            }
        }

        Fields = await PersonFields.ForAsync(Input, organizations, units);
        return Page();
    }
}
