using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Features.Units;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>One person: a fresh set-password link (also for a forgotten password), deactivation when they leave.</summary>
public sealed class UserModel(PeopleDirectory people, UserAccounts accounts, UserManager<AcademyUser> users, UnitDirectory units, TimeProvider time) : PageModel
{
    public const string LinkKey = "SetPasswordLink";

    public PersonSummary Person { get; private set; } = null!;

    public string? Link { get; private set; }

    public bool Locked => Person.IsLocked(time.GetUtcNow());

    [BindProperty(SupportsGet = true, Name = "unlocked")]
    public bool JustUnlocked { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    /// <summary>The person's unit from the top of their organization, or null when they have none.</summary>
    public string? UnitPath { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid userId)
    {
        Link = TempData[LinkKey] as string;
        return await LoadAsync(userId) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostLinkAsync(Guid userId) => ChangeAsync(userId, async user =>
        TempData[LinkKey] = await accounts.ReplacementSetPasswordLinkAsync(user, Request));

    public async Task<IActionResult> OnPostUnlockAsync(Guid userId)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return NotFound();
        }

        await accounts.UnlockAsync(user);
        return Redirect($"/admin/users/{userId}?unlocked=true");
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid userId) => ChangeAsync(userId, user => accounts.SetActiveAsync(user, active: false));

    public Task<IActionResult> OnPostReactivateAsync(Guid userId) => ChangeAsync(userId, user => accounts.SetActiveAsync(user, active: true));

    private async Task<IActionResult> ChangeAsync(Guid userId, Func<AcademyUser, Task> change)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return NotFound();
        }

        await change(user);
        return Redirect($"/admin/users/{userId}");
    }

    private async Task<bool> LoadAsync(Guid userId)
    {
        if (await people.ListAsync(id: userId) is not [var person, ..])
        {
            return false;
        }

        Person = person;
        if (person is { OrganizationId: { } organization, UnitId: { } unit })
        {
            UnitPath = (await units.ListAsync(organization)).FirstOrDefault(u => u.Id == unit)?.Path;
        }

        return true;
    }
}
