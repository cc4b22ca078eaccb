using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class AssignedPersonConfiguration : IEntityTypeConfiguration<AssignedPerson>
{
    public void Configure(EntityTypeBuilder<AssignedPerson> builder)
    {
        builder.HasKey(p => new { p.AssignmentId, p.UserId });
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        // A supervisor's dashboard reads their own assignments.
        builder.HasIndex(p => p.UserId);
    }
}
