using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

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
    AccountStamps accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Academy";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var inner = await Context.AuthenticateAsync(InnerScheme(Context));
        if (!inner.Succeeded || inner.Principal is not { } principal)
        {
            return inner.None ? AuthenticateResult.NoResult() : inner;
        }

        return await accounts.IsCurrentAsync(principal)
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
}
