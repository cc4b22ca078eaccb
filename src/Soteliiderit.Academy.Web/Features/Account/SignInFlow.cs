using Microsoft.AspNetCore.Identity;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <param name="User">The person signed in; null for every kind of failure alike.</param>
/// <param name="LockedOut">Too many failed attempts for this address: true alike whether or not it has an account.</param>
public sealed record SignInOutcome(AcademyUser? User, bool LockedOut);

/// <summary>The one password check behind the login page and POST /api/auth/login.</summary>
public static class SignInFlow
{
    /// <summary>
    /// Signs in on the sign-in manager's current scheme (cookie or bearer). Every failure counts in
    /// <see cref="SignInAttempts"/> whatever the address, and every answer costs one password hash, so neither the
    /// answer nor its timing tells who has an account or whether it is deactivated.
    /// </summary>
    public static async Task<SignInOutcome> PasswordSignInAsync(SignInManager<AcademyUser> signIn, SignInAttempts attempts, string? email, string? password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(attempts);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return new SignInOutcome(null, LockedOut: false);
        }

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (attempts.IsLocked(email) || user is null)
        {
            signIn.UserManager.PasswordHasher.HashPassword(user ?? new AcademyUser { DisplayName = "" }, password);
            return new SignInOutcome(null, attempts.Failed(email));
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            attempts.Forget(email);
            return new SignInOutcome(user, LockedOut: false);
        }

        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before checking the password; spend the same effort here too.
            signIn.UserManager.PasswordHasher.HashPassword(user, password);
        }

        // Identity's own lockout also answers "locked" when another node counted the failures.
        return new SignInOutcome(null, attempts.Failed(email) || result.IsLockedOut);
    }
}
