using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class AcademyUserConfiguration : IEntityTypeConfiguration<AcademyUser>
{
    public void Configure(EntityTypeBuilder<AcademyUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Limits.Name);
        builder.Property(u => u.SearchName).HasMaxLength(Limits.Name);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(2);
        builder.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganizationId);
        // A unit that still has people is not removed from under them.
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
