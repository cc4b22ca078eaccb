using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <param name="LockedUntil">Set while too many failed sign-ins keep the account locked.</param>
public sealed record PersonSummary(Guid Id, string Email, string DisplayName, string Role, Guid? OrganizationId, string? OrganizationName, bool IsActive, string Language, DateTimeOffset? LockedUntil = null, Guid? UnitId = null)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;
}

/// <summary>One page of a long list, with how many there are in all.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => Paging.PagesFor(Total, PageSize);
}

/// <summary>How the long lists count their pages: at least one, and a page asked for is always one that exists.</summary>
public static class Paging
{
    public static int PagesFor(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The page to show (1-based) for any page number asked for, however large or small.</summary>
    public static int Clamp(int page, int total, int pageSize) => Math.Clamp(page, 1, PagesFor(total, pageSize));
}

/// <summary>People as the admin lists them, with their role and employer.</summary>
public sealed class PeopleDirectory(AcademyDbContext db)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<PersonSummary>> ListAsync(Guid? organizationId = null, string? role = null, Guid? id = null, string? search = null) =>
        await Query(organizationId, role, id, search).ToListAsync();

    /// <summary>A page of people (1-based), searched by name or e-mail.</summary>
    public async Task<ListPage<PersonSummary>> PageAsync(Guid? organizationId, string? role, string? search, int page)
    {
        var query = Query(organizationId, role, null, search);
        var total = await query.CountAsync();
        var current = Paging.Clamp(page, total, PageSize);
        return new ListPage<PersonSummary>(await query.Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(), total, current, PageSize);
    }

    private IQueryable<PersonSummary> Query(Guid? organizationId, string? role, Guid? id, string? search)
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

        users = users.Matching(search);
        var roleName = string.IsNullOrEmpty(role) ? null : role;
        return
            from user in users
            join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            join roleRow in db.Roles on userRole.RoleId equals roleRow.Id into roleRows
            from roleRow in roleRows.DefaultIfEmpty()
            where roleName == null || roleRow!.Name == roleName
            orderby user.DisplayName, user.Id
            select new PersonSummary(
                user.Id,
                user.Email ?? "",
                user.DisplayName,
                roleRow == null ? "" : roleRow.Name ?? "",
                user.OrganizationId,
                user.Organization == null ? null : user.Organization!.NameFi,
                user.IsActive,
                user.PreferredLanguage,
                user.LockoutEnd,
                user.UnitId);
    }
}
