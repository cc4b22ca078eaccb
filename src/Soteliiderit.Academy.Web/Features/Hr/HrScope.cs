using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>
/// What HR may see, decided in one place: the <see cref="Policies.Hr"/> policy lets in HR people who belong to an
/// organization, and every HR query starts from this scope, which only reaches that organization's supervisors.
/// (Not a global query filter: grains run outside requests and must see every row.)
/// </summary>
public sealed class HrScope(AcademyDbContext db)
{
    /// <summary>Whether the caller is HR of an organization: the people <see cref="People"/> reaches are theirs to report on.</summary>
    public static bool IsHr(ClaimsPrincipal user) => user.IsInRole(Roles.Hr) && user.OrganizationId() is not null;

    /// <summary>Whether the caller is HR of this very organization.</summary>
    public static bool IsHrOf(ClaimsPrincipal user, Guid organizationId) => IsHr(user) && user.OrganizationId() == organizationId;

    /// <summary>Everyone of the caller's own organization (supervisors and HR), as a webinar's reports name them.</summary>
    public IQueryable<AcademyUser> People(ClaimsPrincipal hr)
    {
        var organization = OrganizationOf(hr);
        return db.Users.Where(u => u.OrganizationId == organization);
    }

    /// <summary>The caller's own organization's supervisors; deactivated ones too, their history stays.</summary>
    public IQueryable<AcademyUser> Supervisors(ClaimsPrincipal hr) =>
        People(hr).Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Supervisor)));

    /// <summary>One of the caller's own active supervisors, or null (someone else's, or nobody).</summary>
    public Task<AcademyUser?> SupervisorAsync(ClaimsPrincipal hr, Guid userId) =>
        Supervisors(hr).SingleOrDefaultAsync(u => u.Id == userId && u.IsActive);

    /// <summary>Enrollments of the caller's own supervisors only.</summary>
    public IQueryable<Enrollment> Enrollments(ClaimsPrincipal hr)
    {
        var supervisors = Supervisors(hr);
        return db.Enrollments.Where(e => supervisors.Any(s => s.Id == e.LearnerId));
    }

    public Guid OrganizationOf(ClaimsPrincipal hr) =>
        hr.OrganizationId() ?? throw new InvalidOperationException("The HR policy lets in only people of an organization.");
}

public static class HrSetup
{
    public static IServiceCollection AddHrScope(this IServiceCollection services)
    {
        services.AddScoped<HrScope>();
        services.AddScoped<HrAudience>();
        services.AddOptions<HrOptions>().BindConfiguration(HrOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SupervisorProgressReport>();
        services.AddAuthorizationBuilder().AddPolicy(Policies.Hr, policy => policy
            .RequireRole(Roles.Hr)
            .RequireClaim(AcademyClaims.Organization));
        return services;
    }
}
