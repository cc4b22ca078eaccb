using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>The language picker: remembered in a cookie, and on the user so the next sign-in speaks it too.</summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<AcademyUser> users, SignInManager<AcademyUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        if (!Languages.IsSupported(language))
        {
            return BadRequest();
        }

        LocalizationSetup.RememberLanguage(Response, language!);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredLanguage != language)
        {
            user.PreferredLanguage = language!;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
