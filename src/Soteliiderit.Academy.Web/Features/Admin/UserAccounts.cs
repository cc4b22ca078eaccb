using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>What an admin asks for when adding or changing a person.</summary>
/// <param name="UnitId">The unit of the organization the person belongs to; checked to be that organization's.</param>
public sealed record NewAccount(string Email, string DisplayName, string Role, Guid? OrganizationId, string Language, Guid? UnitId = null);

/// <summary>
/// Adding, deactivating and re-enabling people, and the one-time set-password links that replace e-mail:
/// an admin sees the link and passes it on. The same link serves a forgotten password.
/// </summary>
public sealed partial class UserAccounts(UserManager<AcademyUser> users, AcademyDbContext db, AccountStamps stamps, TimeProvider time, SiteAddress site, SignInAttempts attempts, Assignments.AssignmentNewcomers newcomers, ILogger<UserAccounts> logger)
{
    public async Task<AcademyUser> CreateAsync(NewAccount account, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        var errors = await ValidateAsync(account);
        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        var user = new AcademyUser
        {
            Id = Guid.NewGuid(),
            Email = account.Email.Trim(),
            UserName = account.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = account.DisplayName.Trim(),
            OrganizationId = Roles.BelongsToOrganization(account.Role) ? account.OrganizationId : null,
            UnitId = Roles.BelongsToOrganization(account.Role) ? account.UnitId : null,
            PreferredLanguage = account.Language,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        IdentityResult created;
        try
        {
            created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            // Someone added the same address between the check and the insert: the unique index said no.
            db.ChangeTracker.Clear();
            throw RuleViolationException.InvalidFields([new FieldError("Email", "EmailTaken")]);
        }

        ThrowIfFailed(created, "Email");
        ThrowIfFailed(await users.AddToRoleAsync(user, account.Role), "Role");
        if (account.Role == Roles.Supervisor)
        {
            await newcomers.GiveAsync(user);
        }

        return user;
    }

    /// <summary>
    /// Changes a person's name, address, role, organization, unit or language, by the same rules as a new account.
    /// A new role or address ends their open sessions, which carry the old ones.
    /// </summary>
    public async Task ChangeAsync(AcademyUser user, NewAccount account)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(account);
        var errors = await ValidateAsync(account, changing: user.Id);
        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        var email = account.Email.Trim();
        var roles = await users.GetRolesAsync(user);
        var signedInAs = !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase) || !roles.SequenceEqual([account.Role]);
        var moved = user.OrganizationId != account.OrganizationId || user.UnitId != account.UnitId || !roles.SequenceEqual([account.Role]);
        user.DisplayName = account.DisplayName.Trim();
        user.Email = email;
        user.UserName = email;
        user.OrganizationId = Roles.BelongsToOrganization(account.Role) ? account.OrganizationId : null;
        user.UnitId = Roles.BelongsToOrganization(account.Role) ? account.UnitId : null;
        user.PreferredLanguage = account.Language;
        ThrowIfFailed(await users.UpdateAsync(user), "Email");
        if (!roles.SequenceEqual([account.Role]))
        {
            ThrowIfFailed(await users.RemoveFromRolesAsync(user, roles), "Role");
            ThrowIfFailed(await users.AddToRoleAsync(user, account.Role), "Role");
        }

        if (signedInAs)
        {
            ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "User");
            stamps.Forget(user.Id);
        }

        if (moved && account.Role == Roles.Supervisor)
        {
            await newcomers.GiveAsync(user);
        }
    }

    /// <summary>The rules for a new account (or a changed one, whose own address is not taken), by field; empty when it can be saved.</summary>
    public async Task<List<FieldError>> ValidateAsync(NewAccount account, ISet<string>? emailsTakenMeanwhile = null, Guid? changing = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        var errors = new List<FieldError>();
        var email = account.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors.Add(new FieldError("Email", "Required"));
        }
        else if (email.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Contains(' ', StringComparison.Ordinal))
        {
            errors.Add(new FieldError("Email", "Email"));
        }
        else if (email.Any(c => !users.Options.User.AllowedUserNameCharacters.Contains(c)))
        {
            // The address is also the sign-in name, which Identity allows only these characters in.
            errors.Add(new FieldError("Email", "EmailCharacters", users.Options.User.AllowedUserNameCharacters.Except("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ToArray().AsSpan().ToString()));
        }
        else if (emailsTakenMeanwhile?.Contains(email.ToUpperInvariant()) == true)
        {
            errors.Add(new FieldError("Email", "DuplicateInFile"));
        }
        else if (await users.FindByEmailAsync(email) is { } holder && holder.Id != changing)
        {
            errors.Add(new FieldError("Email", "EmailTaken"));
        }

        var name = account.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new FieldError("DisplayName", "Required"));
        }
        else if (name.Length > Limits.Name)
        {
            errors.Add(new FieldError("DisplayName", "TooLong", Limits.Name));
        }

        if (!Roles.All.Contains(account.Role))
        {
            errors.Add(new FieldError("Role", "Invalid"));
        }
        else if (Roles.BelongsToOrganization(account.Role)
            && (account.OrganizationId is not { } organization || !await db.Organizations.AnyAsync(o => o.Id == organization)))
        {
            errors.Add(new FieldError("OrganizationId", "OrganizationRequired"));
        }
        else if (Roles.BelongsToOrganization(account.Role) && account.UnitId is { } unit
            && !await db.OrganizationUnits.AnyAsync(u => u.Id == unit && u.OrganizationId == account.OrganizationId))
        {
            errors.Add(new FieldError("UnitId", "UnitOfOtherOrganization"));
        }

        if (!Languages.IsSupported(account.Language))
        {
            errors.Add(new FieldError("Language", "LanguageChoice"));
        }

        return errors;
    }

    /// <summary>A link that lets the person choose a password once; it stops working when used or after a week.</summary>
    public Task<string> SetPasswordLinkAsync(AcademyUser user, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SetPasswordLinkAsync(user, site.For(request));
    }

    /// <summary>
    /// A new link for someone who has an account (a lost link, a forgotten password): the links made before stop
    /// working, and so do the person's open sessions, since their password is about to change. Who made it for whom
    /// is logged.
    /// </summary>
    public async Task<string> ReplacementSetPasswordLinkAsync(AcademyUser user, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "User");
        stamps.Forget(user.Id);
        var issuedBy = request.HttpContext.User.UserId();
        LinkReplaced(logger, user.Id, issuedBy);
        return await SetPasswordLinkAsync(user, site.For(request));
    }

    /// <param name="user">Whose password.</param>
    /// <param name="siteAddress">Where the academy answers, such as https://akatemia.example.fi.</param>
    public async Task<string> SetPasswordLinkAsync(AcademyUser user, string siteAddress)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(siteAddress);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{siteAddress.TrimEnd('/')}/account/set-password?user={user.Id}&token={Uri.EscapeDataString(token)}";
    }

    /// <summary>Lets in at once someone locked out by too many failed sign-ins, with a fresh count of attempts.</summary>
    public async Task UnlockAsync(AcademyUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "User");
        ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "User");
        attempts.Forget(user.Email ?? "");
    }

    /// <summary>Someone has left: they cannot sign in, and their open sessions and tokens stop working.</summary>
    public async Task SetActiveAsync(AcademyUser user, bool active)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.IsActive = active;
        user.DeactivatedAt = active ? null : time.GetUtcNow().UtcDateTime;
        ThrowIfFailed(await users.UpdateAsync(user), "User");
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "User");
        stamps.Forget(user.Id);
    }

    private static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw RuleViolationException.InvalidFields([.. result.Errors.Select(e => new FieldError(field, $"Identity.{e.Code}"))]);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A new set-password link for {UserId} was made by {IssuedBy}; earlier links no longer work.")]
    private static partial void LinkReplaced(ILogger logger, Guid userId, Guid issuedBy);
}
