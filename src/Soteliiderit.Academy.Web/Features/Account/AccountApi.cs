using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Account;

public sealed record LoginRequest(string Email, string Password);

public sealed record MeOrganization(Guid Id, string NameFi, string NameSv);

public sealed record MeResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string Language, MeOrganization? Organization);

public sealed record LanguageRequest(string Language);

public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", LoginAsync)
            .AllowAnonymous()
            .RequireRateLimiting(ApiSetup.SignIns)
            .WithTags("Account")
            .WithSummary("Sign in with e-mail and password; answers with a bearer token for the API and the hub (as access_token).")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var me = app.MapGroup("/api/me").WithTags("Account");
        me.MapGet("", GetMeAsync).WithSummary("Who the caller is: roles, organization, language.");
        me.MapPut("/language", SetLanguageAsync).WithSummary("Remember the caller's interface language (fi, sv, en).");
        return app;
    }

    /// <summary>The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself on sign-in.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, SignInManager<AcademyUser> signIn, SignInAttempts attempts, HttpContext context)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var (user, lockedOut) = await SignInFlow.PasswordSignInAsync(signIn, attempts, request.Email, request.Password);
        return user is not null ? TypedResults.Empty
            : TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                detail: lockedOut
                    ? string.Format(System.Globalization.CultureInfo.CurrentCulture, ApiSetup.Localized(context, "Login.LockedOut"), (int)signIn.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes)
                    : ApiSetup.Localized(context, "Login.Failed"));
    }

    private static async Task<Ok<MeResponse>> GetMeAsync(HttpContext context, AcademyDbContext db, UserManager<AcademyUser> users)
    {
        var id = context.User.UserId();
        var user = await db.Users.AsNoTracking().Include(u => u.Organization).SingleAsync(u => u.Id == id);
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(
            user.Id,
            user.Email ?? "",
            user.DisplayName,
            [.. roles],
            user.PreferredLanguage,
            user.Organization is { } o ? new MeOrganization(o.Id, o.NameFi, o.NameSv) : null));
    }

    private static async Task<Results<NoContent, ValidationProblem>> SetLanguageAsync(LanguageRequest request, HttpContext context, UserManager<AcademyUser> users)
    {
        if (!Languages.IsSupported(request.Language))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["language"] = [ApiSetup.Localized(context, "Validation.Invalid")] });
        }

        var user = await users.GetUserAsync(context.User) ?? throw new InvalidOperationException("Signed-in user is missing.");
        user.PreferredLanguage = request.Language;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }
}
