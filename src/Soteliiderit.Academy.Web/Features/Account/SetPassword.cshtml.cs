using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>Where an admin's one-time link leads: the person chooses a password, and the link is spent.</summary>
[AllowAnonymous]
[EnableRateLimiting(ApiSetup.SignIns)]
public sealed class SetPasswordModel(UserManager<AcademyUser> users, AccountStamps stamps, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool LinkIsValid { get; private set; }

    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync() => await CheckLinkAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CheckLinkAsync();
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token!, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var message = t[$"Validation.Identity.{error.Code}", users.Options.Password.RequiredLength];
                ModelState.AddModelError("Input.Password", message.ResourceNotFound ? t["SetPassword.LinkInvalid"] : message);
            }

            return Page();
        }

        // A lockout from earlier guesses ends with a password the owner chose.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        stamps.Forget(user.Id);
        return Redirect("/account/login?passwordSet=true");
    }

    private async Task<AcademyUser?> CheckLinkAsync()
    {
        var user = UserId == Guid.Empty || string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(UserId.ToString());
        LinkIsValid = user is { IsActive: true }
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AcademyUser>.ResetPasswordTokenPurpose, Token!);
        DisplayName = user?.DisplayName ?? "";
        return LinkIsValid ? user : null;
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer")]
        public string Confirm { get; set; } = "";
    }
}
