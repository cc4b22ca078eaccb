using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <param name="User">The person signed in; null for every kind of failure alike.</param>
/// <param name="LockedOut">Too many failed attempts for this address: true alike whether or not it has an account.</param>
public sealed record SignInOutcome(AcademyUser? User, bool LockedOut);

/// <summary>The one password check behind the login page and POST /api/auth/login.</summary>
public static class SignInFlow
{
    /// <summary>
    /// Signs in on the sign-in manager's current scheme (cookie or bearer) and counts failures toward lockout. An address
    /// without an account has its failures counted too and is "locked" after as many, so neither the answer nor its
    /// timing tells who has an account.
    /// </summary>
    public static async Task<SignInOutcome> PasswordSignInAsync(SignInManager<AcademyUser> signIn, IMemoryCache cache, string? email, string? password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(cache);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return new SignInOutcome(null, LockedOut: false);
        }

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Spend the same effort as a real check, so timing does not tell unknown addresses apart.
            signIn.UserManager.PasswordHasher.HashPassword(new AcademyUser { DisplayName = "" }, password);
            return new SignInOutcome(null, CountUnknownAddressFailure(cache, email, signIn.Options.Lockout));
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before checking the password; spend the same effort here too.
            signIn.UserManager.PasswordHasher.HashPassword(user, password);
        }

        return new SignInOutcome(result.Succeeded ? user : null, result.IsLockedOut);
    }

    /// <summary>
    /// Failures for an address nobody has, counted like Identity counts an account's: locked from the last allowed
    /// failure for the lockout's time. Kept in this node's memory (see README).
    /// </summary>
    private static bool CountUnknownAddressFailure(IMemoryCache cache, string email, LockoutOptions lockout)
    {
        var failures = cache.GetOrCreate($"sign-in-failures:{email.Trim().ToUpperInvariant()}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = lockout.DefaultLockoutTimeSpan;
            return new StrongBox<int>(0);
        })!;
        return Interlocked.Increment(ref failures.Value) >= lockout.MaxFailedAccessAttempts;
    }
}
