using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Learners;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        // One enrollment per learner and course, forever.
        builder.HasIndex(e => new { e.LearnerId, e.CourseId }).IsUnique();
        builder.HasIndex(e => e.CourseId);
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Lessons).WithOne().HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
