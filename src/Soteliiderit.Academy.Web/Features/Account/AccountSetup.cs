using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>Who may do what: the academy's authorization policies.</summary>
public static class Policies
{
    public const string Authoring = "Authoring";
    public const string Admin = "Admin";
    public const string Hr = "Hr";

    /// <summary>Admins and HR: who may open the unit pages (which then show HR only its own organization's).</summary>
    public const string Units = "Units";
}

public static class AccountSetup
{
    public static IServiceCollection AddAcademyIdentity(this IServiceCollection services)
    {
        services.AddSingleton<AccountStamps>();
        services.AddScoped<ForgottenPasswords>();
        services.AddIdentity<AcademyUser, AcademyRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AcademyDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AcademyUserClaimsFactory>()
            .AddSignInManager<AcademySignInManager>();

        // A set-password link an admin passes on stays valid for a week, and only until it is used.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AcademyAuthenticationHandler.SchemeName;
                options.DefaultAuthenticateScheme = AcademyAuthenticationHandler.SchemeName;
                options.DefaultChallengeScheme = AcademyAuthenticationHandler.SchemeName;
                options.DefaultForbidScheme = AcademyAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, AcademyAuthenticationHandler>(AcademyAuthenticationHandler.SchemeName, null)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(1);
                options.Events.OnMessageReceived = context =>
                {
                    // Browsers cannot set headers on WebSockets: the hub takes the token from the query string.
                    if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ } token, ..])
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                };
            });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "academy.auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddMemoryCache();
        services.AddSingleton<SignInAttempts>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Authoring, policy => policy.RequireRole(Roles.Facilitator, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>An API caller gets a status code (and problem details), a browser the login page.</summary>
    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
