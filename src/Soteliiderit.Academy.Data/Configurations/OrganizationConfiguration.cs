using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.NameFi).HasMaxLength(Limits.Name);
        builder.Property(o => o.NameSv).HasMaxLength(Limits.Name);
        builder.HasIndex(o => o.NameFi).IsUnique();
    }
}
