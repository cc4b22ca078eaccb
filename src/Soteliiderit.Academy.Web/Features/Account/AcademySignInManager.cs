using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>Refuses people who have left (deactivated), with the same answer as a wrong password.</summary>
public sealed class AcademySignInManager(
    UserManager<AcademyUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AcademyUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AcademyUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AcademyUser> confirmation)
    : SignInManager<AcademyUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AcademyUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }
}
