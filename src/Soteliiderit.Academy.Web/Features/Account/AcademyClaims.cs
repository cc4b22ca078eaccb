using System.Security.Claims;

namespace Soteliiderit.Academy.Web.Features.Account;

/// <summary>The claims the academy adds to Identity's, and typed reads of them.</summary>
public static class AcademyClaims
{
    public const string DisplayName = "academy:name";
    public const string Organization = "academy:org";
    public const string Language = "academy:lang";

    public static Guid UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new InvalidOperationException("The user is not signed in.");
    }

    public static string UserKey(this ClaimsPrincipal user) => user.UserId().ToString();

    public static Guid? OrganizationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(Organization), out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) =>
        user?.FindFirstValue(DisplayName) ?? user?.Identity?.Name ?? "";
}
