using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>
/// Whether a signed-in person's account still lets them in: active, and their cookie or token issued since their last
/// password change. Each node keeps the answer <see cref="CacheFor"/>, so a change made on another node takes effect
/// here within that; the node where it was made forgets at once.
/// </summary>
public sealed class AccountStamps(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<IdentityOptions> identity)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>Drops the cached account state after a change, so the change applies to the next request.</summary>
    public void Forget(Guid userId) => cache.Remove(Key(userId));

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        var stamp = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return (await ReadAsync([userId])).GetValueOrDefault(userId);
        });
        return Matches(principal, stamp);
    }

    /// <summary>
    /// Of these people, those whose account no longer lets them in, read afresh from the database in a few queries
    /// however many they are. Not kept for the pages: a change made on this node meanwhile must not be overwritten.
    /// </summary>
    public async Task<IReadOnlyList<ClaimsPrincipal>> NoLongerCurrentAsync(IReadOnlyCollection<ClaimsPrincipal> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var ids = people.Select(p => Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty).Distinct().ToList();
        var stamps = await ReadAsync(ids);
        return [.. people.Where(p => !Matches(p, Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? stamps.GetValueOrDefault(id) : null))];
    }

    private bool Matches(ClaimsPrincipal principal, string? stamp) =>
        stamp is not null && stamp == principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);

    /// <summary>The security stamps of the active accounts among <paramref name="ids"/>.</summary>
    private async Task<Dictionary<Guid, string?>> ReadAsync(IReadOnlyList<Guid> ids)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        var stamps = new Dictionary<Guid, string?>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var user in await db.Users.Where(u => chunk.Contains(u.Id) && u.IsActive).Select(u => new { u.Id, u.SecurityStamp }).ToListAsync())
            {
                stamps[user.Id] = user.SecurityStamp;
            }
        }

        return stamps;
    }

    private static string Key(Guid userId) => $"account-stamp:{userId}";
}
