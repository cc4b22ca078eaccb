using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed record NewOrganization(string NameFi, string? NameSv, OrganizationKind Kind);

public sealed record OrganizationSummary(Guid Id, string NameFi, string NameSv, OrganizationKind Kind, int People);

/// <summary>The employers whose supervisors study in the academy.</summary>
public sealed class OrganizationDirectory(AcademyDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<OrganizationSummary>> ListAsync() =>
        await db.Organizations.AsNoTracking()
            .OrderBy(o => o.NameFi)
            .Select(o => new OrganizationSummary(o.Id, o.NameFi, o.NameSv, o.Kind, db.Users.Count(u => u.OrganizationId == o.Id)))
            .ToListAsync();

    public async Task<Organization> CreateAsync(NewOrganization request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var (nameFi, nameSv) = FinnishAndSwedishName.Clean(request.NameFi, request.NameSv, errors);

        if (!Enum.IsDefined(request.Kind))
        {
            errors.Add(new FieldError("Kind", "Invalid"));
        }

        if (nameFi.Length > 0 && await db.Organizations.AnyAsync(o => o.NameFi == nameFi))
        {
            errors.Add(new FieldError("NameFi", "OrganizationExists"));
        }

        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        var organization = new Organization { Id = Guid.NewGuid(), NameFi = nameFi, NameSv = nameSv, Kind = request.Kind, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.Organizations.Add(organization);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same name was added between the check and the insert: the unique index said no.
            db.ChangeTracker.Clear();
            throw RuleViolationException.InvalidFields([new FieldError("NameFi", "OrganizationExists")]);
        }

        return organization;
    }
}
