using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed record PersonSummary(Guid Id, string Email, string DisplayName, string Role, Guid? OrganizationId, string? OrganizationName, bool IsActive, string Language);

/// <summary>People as the admin lists them, with their role and employer.</summary>
public sealed class PeopleDirectory(AcademyDbContext db)
{
    public async Task<IReadOnlyList<PersonSummary>> ListAsync(Guid? organizationId = null, string? role = null, Guid? id = null)
    {
        var query =
            from user in db.Users.AsNoTracking()
            from userRole in db.UserRoles.Where(r => r.UserId == user.Id).DefaultIfEmpty()
            from roleRow in db.Roles.Where(r => r.Id == userRole!.RoleId).DefaultIfEmpty()
            select new PersonSummary(
                user.Id,
                user.Email ?? "",
                user.DisplayName,
                roleRow == null ? "" : roleRow.Name ?? "",
                user.OrganizationId,
                user.Organization == null ? null : user.Organization.NameFi,
                user.IsActive,
                user.PreferredLanguage);
        if (organizationId is { } organization)
        {
            query = query.Where(p => p.OrganizationId == organization);
        }

        if (!string.IsNullOrEmpty(role))
        {
            query = query.Where(p => p.Role == role);
        }

        if (id is { } only)
        {
            query = query.Where(p => p.Id == only);
        }

        return await query.OrderBy(p => p.DisplayName).ToListAsync();
    }
}
