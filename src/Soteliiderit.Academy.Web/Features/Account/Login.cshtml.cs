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

[AllowAnonymous]
[EnableRateLimiting(ApiSetup.SignIns)]
public sealed class LoginModel(SignInManager<AcademyUser> signIn, SignInAttempts attempts, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "passwordSet")]
    public bool PasswordWasSet { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (user, lockedOut) = await SignInFlow.PasswordSignInAsync(signIn, attempts, Input.Email, Input.Password);
        if (user is null)
        {
            // One message for an unknown address, a wrong password or a deactivated account, and one for too many
            // attempts, whether or not the address has an account.
            ModelState.AddModelError("", lockedOut ? t["Login.LockedOut", (int)signIn.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes] : t["Login.Failed"]);
            return Page();
        }

        LocalizationSetup.RememberLanguage(Response, user.PreferredLanguage);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        public string Password { get; set; } = "";
    }
}
