using Microsoft.AspNetCore.Identity;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>The one password check behind the login page and POST /api/auth/login.</summary>
public static class SignInFlow
{
    /// <summary>
    /// Signs in on the sign-in manager's current scheme (cookie or bearer) and counts failures toward lockout.
    /// Returns null for every kind of failure alike, so the caller cannot tell who has an account.
    /// </summary>
    public static async Task<AcademyUser?> PasswordSignInAsync(SignInManager<AcademyUser> signIn, string? email, string? password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Spend the same effort as a real check, so timing does not tell unknown addresses apart.
            signIn.UserManager.PasswordHasher.HashPassword(new AcademyUser { DisplayName = "" }, password);
            return null;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before checking the password; spend the same effort here too.
            signIn.UserManager.PasswordHasher.HashPassword(user, password);
        }

        return result.Succeeded ? user : null;
    }
}
