using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.HasKey(l => l.UserId);
        builder.Property(l => l.ETag).IsConcurrencyToken();
        builder.HasOne<AcademyUser>().WithOne().HasForeignKey<Learner>(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Enrollments).WithOne().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
