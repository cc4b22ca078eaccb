using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class AcademyRoleConfiguration : IEntityTypeConfiguration<AcademyRole>
{
    /// <summary>The four roles are reference data: they arrive with the migrations on every database.</summary>
    public void Configure(EntityTypeBuilder<AcademyRole> builder) => builder.HasData(
        Role("6d1f3c2a-0001-4a8e-9a51-5a3c0e7d1001", Roles.Supervisor),
        Role("6d1f3c2a-0002-4a8e-9a51-5a3c0e7d1002", Roles.Facilitator),
        Role("6d1f3c2a-0003-4a8e-9a51-5a3c0e7d1003", Roles.Hr),
        Role("6d1f3c2a-0004-4a8e-9a51-5a3c0e7d1004", Roles.Admin));

    private static AcademyRole Role(string id, string name) => new(name)
    {
        Id = Guid.Parse(id),
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
