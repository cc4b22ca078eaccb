using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>
/// Failed sign-ins per address, counted alike for every address (with an account, deactivated, or none), so when an
/// address locks and for how long says nothing about who has an account: locked for the lockout's time from the
/// failure that reaches the limit, the count starting again afterwards, as Identity does for an account. Identity's
/// own lockout still guards the accounts themselves; this decides what the answer says. Kept in this node's memory.
/// </summary>
public sealed class SignInAttempts(IMemoryCache cache, TimeProvider time, IOptions<IdentityOptions> identity)
{
    private static readonly TimeSpan Forgotten = TimeSpan.FromDays(1);

    private LockoutOptions Lockout => identity.Value.Lockout;

    public bool IsLocked(string email) =>
        cache.TryGetValue(Key(email), out Attempts? attempts) && attempts!.LockedUntil is { } until && until > time.GetUtcNow();

    /// <summary>Counts a failure; true when the address is locked now (this failure reached the limit, or it already was).</summary>
    public bool Failed(string email)
    {
        var attempts = cache.GetOrCreate(Key(email), entry =>
        {
            entry.SlidingExpiration = Forgotten;
            return new Attempts();
        })!;
        lock (attempts)
        {
            var now = time.GetUtcNow();
            if (attempts.LockedUntil > now)
            {
                return true;
            }

            if (++attempts.Failures < Lockout.MaxFailedAccessAttempts)
            {
                return false;
            }

            (attempts.Failures, attempts.LockedUntil) = (0, now + Lockout.DefaultLockoutTimeSpan);
            return true;
        }
    }

    /// <summary>A successful sign-in or an admin's unlock: the address starts with a clean slate.</summary>
    public void Forget(string email) => cache.Remove(Key(email));

    private static string Key(string email) => $"sign-in-attempts:{email.Trim().ToUpperInvariant()}";

    private sealed class Attempts
    {
        public int Failures { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
