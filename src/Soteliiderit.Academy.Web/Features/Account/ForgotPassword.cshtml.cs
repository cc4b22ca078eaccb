using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>Asks for a set-password link by mail; the answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
[EnableRateLimiting(ApiSetup.SignIns)]
public sealed class ForgotPasswordModel(ForgottenPasswords passwords) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "sent")]
    public bool Sent { get; set; }

    public bool CanMail => passwords.CanMail;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid || !passwords.CanMail)
        {
            return Page();
        }

        await passwords.RequestLinkAsync(Input.Email);
        return RedirectToPage(null, new { sent = true });
    }

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        public string Email { get; set; } = "";
    }
}
