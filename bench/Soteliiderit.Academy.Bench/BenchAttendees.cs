using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// The webinar benchmark's attendees: supervisors of the first demo organization, written straight into the
/// academy's database, each with a bearer token issued ahead. Ten thousand password checks at sign-in would take
/// minutes and sign-in is not what is measured, so the tokens are made here with the academy's own services
/// (its claims factory, the bearer scheme's protector and the key ring in its data directory): the app's real
/// authentication then checks them on the hub like any token from <c>POST /api/auth/login</c>.
/// </summary>
public static class BenchAttendees
{
    /// <summary>
    /// Seeds <paramref name="count"/> supervisors and returns one token for each. The app must have started once on
    /// <paramref name="storage"/> (the academy's data settings) and issued a token, so its key ring exists.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(IReadOnlyDictionary<string, string> storage, int count, string password)
    {
        await using var app = BenchServices.Build(storage, password);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        var users = await AddSupervisorsAsync(services, count, password);
        return await IssueTokensAsync(services, users);
    }

    private static async Task<List<AcademyUser>> AddSupervisorsAsync(IServiceProvider services, int count, string password)
    {
        var db = services.GetRequiredService<AcademyDbContext>();
        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        var supervisor = await db.Roles.SingleAsync(r => r.Name == Roles.Supervisor);
        var now = DateTime.UtcNow;
        // One hashing for all: a real hash, so the rows are what Identity writes, without 10 000 slow derivations.
        var hash = services.GetRequiredService<IPasswordHasher<AcademyUser>>().HashPassword(new AcademyUser { DisplayName = "" }, password);
        var users = Enumerable.Range(1, count)
            .Select(i => BenchServices.Account(normalizer, $"osallistuja{i}@academy.test", $"Osallistuja {i}", DemoSeeder.OrganizationA, hash, now))
            .ToList();
        db.Users.AddRange(users);
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<Guid> { UserId = u.Id, RoleId = supervisor.Id }));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return users;
    }

    /// <summary>What the bearer scheme's sign-in does after a password check: the claims of the account, an expiry, the protector.</summary>
    private static async Task<List<string>> IssueTokensAsync(IServiceProvider services, List<AcademyUser> users)
    {
        var claims = services.GetRequiredService<IUserClaimsPrincipalFactory<AcademyUser>>();
        var bearer = services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var expires = DateTimeOffset.UtcNow + bearer.BearerTokenExpiration;
        var tokens = new List<string>(users.Count);
        foreach (var user in users)
        {
            var principal = await claims.CreateAsync(user);
            // SignInManager adds this after a password sign-in; the token carries it like a real one.
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("amr", "pwd"));
            var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expires }, $"{IdentityConstants.BearerScheme}:AccessToken");
            tokens.Add(bearer.BearerTokenProtector.Protect(ticket));
        }

        return tokens;
    }
}
