using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>
/// The academy's one authentication scheme. Pages sign in with Identity's cookie and the API with its bearer token;
/// this handler asks the right one, then accepts the person only while their account is active and
/// the token or cookie was issued since their last password change. Bearer tokens carry no revocation of their
/// own, so this is where leaving the organization takes effect, at once, for both.
/// </summary>
public sealed class AcademyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IServiceScopeFactory scopes,
    IMemoryCache cache,
    IOptions<IdentityOptions> identity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Academy";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>Drops the cached account state after a change, so the change applies to the next request.</summary>
    public static void Forget(IMemoryCache cache, Guid userId) => cache?.Remove(Key(userId));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var inner = await Context.AuthenticateAsync(InnerScheme(Context));
        if (!inner.Succeeded || inner.Principal is not { } principal)
        {
            return inner.None ? AuthenticateResult.NoResult() : inner;
        }

        return await IsCurrentAsync(principal)
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, inner.Properties, SchemeName))
            : AuthenticateResult.Fail("The account is deactivated or its password has changed since sign-in.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Context.ChallengeAsync(InnerScheme(Context), properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Context.ForbidAsync(InnerScheme(Context), properties);

    /// <summary>
    /// The JSON API takes bearer tokens only: a cookie there would let another site on the same registrable domain
    /// post forms to it in the person's name. Pages use the cookie, and never call the API.
    /// </summary>
    private static string InnerScheme(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.ContainsKey("access_token"))
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        var stamp = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
            return await db.Users.Where(u => u.Id == userId && u.IsActive).Select(u => u.SecurityStamp).SingleOrDefaultAsync();
        });
        return stamp is not null && stamp == principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
    }

    private static string Key(Guid userId) => $"account-stamp:{userId}";
}
