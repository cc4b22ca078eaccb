using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>An admin changes a person's name, address, role, organization, unit or language, checked as a new person is.</summary>
public sealed class EditUserModel(PeopleDirectory people, UserAccounts accounts, UserManager<AcademyUser> users, OrganizationDirectory organizations, UnitDirectory units, ErrorMessages messages) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public PersonSummary Person { get; private set; } = null!;

    public PersonFieldsModel Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid userId)
    {
        if (await people.ListAsync(id: userId) is not [var person, ..])
        {
            return NotFound();
        }

        Person = person;
        Input = PersonInput.Of(person);
        Fields = await PersonFields.ForAsync(Input, organizations, units);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid userId)
    {
        if (await people.ListAsync(id: userId) is not [var person, ..] || await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return NotFound();
        }

        Person = person;
        if (ModelState.IsValid)
        {
            try
            {
                await accounts.ChangeAsync(user, Input.ToAccount());
                return Redirect($"/admin/users/{userId}?saved=true");
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
