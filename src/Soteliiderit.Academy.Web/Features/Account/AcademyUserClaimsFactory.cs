using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>Adds name, organization and language to the cookie and the bearer token.</summary>
public sealed class AcademyUserClaimsFactory(
    UserManager<AcademyUser> users,
    RoleManager<AcademyRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, AcademyRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AcademyClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(AcademyClaims.Language, user.PreferredLanguage));
        if (user.OrganizationId is { } organization)
        {
            identity.AddClaim(new Claim(AcademyClaims.Organization, organization.ToString()));
        }

        return identity;
    }
}
