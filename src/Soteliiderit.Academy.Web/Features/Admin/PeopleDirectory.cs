using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed record PersonSummary(Guid Id, string Email, string DisplayName, string Role, Guid? OrganizationId, string? OrganizationName, bool IsActive, string Language);

/// <summary>People as the admin lists them, with their role and employer.</summary>
public sealed class PeopleDirectory(AcademyDbContext db)
{
    public async Task<IReadOnlyList<PersonSummary>> ListAsync(Guid? organizationId = null, string? role = null, Guid? id = null)
    {
        var users = db.Users.AsNoTracking();
        if (organizationId is { } organization)
        {
            users = users.Where(u => u.OrganizationId == organization);
        }

        if (id is { } only)
        {
            users = users.Where(u => u.Id == only);
        }

        var roleName = string.IsNullOrEmpty(role) ? null : role;
        var query =
            from user in users
            join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            join roleRow in db.Roles on userRole.RoleId equals roleRow.Id into roleRows
            from roleRow in roleRows.DefaultIfEmpty()
            where roleName == null || roleRow!.Name == roleName
            orderby user.DisplayName
            select new PersonSummary(
                user.Id,
                user.Email ?? "",
                user.DisplayName,
                roleRow == null ? "" : roleRow.Name ?? "",
                user.OrganizationId,
                user.Organization == null ? null : user.Organization!.NameFi,
                user.IsActive,
                user.PreferredLanguage);
        return await query.ToListAsync();
    }
}
