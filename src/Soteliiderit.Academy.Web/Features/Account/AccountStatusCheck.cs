using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>
/// Turns a cookie or bearer token of someone who has since been deactivated (or whose password was reset)
/// into an anonymous caller. Bearer tokens carry no revocation of their own, so this is where leaving takes effect.
/// </summary>
public sealed class AccountStatusCheck(AcademyDbContext db, IMemoryCache cache, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public static void Forget(IMemoryCache cache, Guid userId) => cache?.Remove(Key(userId));

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return principal;
        }

        var current = await cache.GetOrCreateAsync(Key(userId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return db.Users.Where(u => u.Id == userId && u.IsActive).Select(u => u.SecurityStamp).SingleOrDefaultAsync();
        });
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return current is not null && current == stamp ? principal : Anonymous;
    }

    private static string Key(Guid userId) => $"account-status:{userId}";
}
