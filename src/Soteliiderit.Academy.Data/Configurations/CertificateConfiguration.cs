using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Learners;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        // One certificate per completion, and codes never collide.
        builder.HasIndex(c => c.EnrollmentId).IsUnique();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.LearnerId);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.LearnerName).HasMaxLength(Limits.Name);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
