using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class OrganizationUnitConfiguration : IEntityTypeConfiguration<OrganizationUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationUnit> builder)
    {
        builder.Property(u => u.NameFi).HasMaxLength(Limits.Name);
        builder.Property(u => u.NameSv).HasMaxLength(Limits.Name);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // A unit with sub-units is not removed from under them.
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.OrganizationId, u.ParentId });
    }
}
