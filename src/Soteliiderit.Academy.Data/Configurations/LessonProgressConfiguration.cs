using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Learners;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        // One row per enrollment and lesson: a double click cannot count a lesson twice.
        builder.HasKey(p => new { p.EnrollmentId, p.LessonKey });
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.Reflection).HasMaxLength(Limits.Reflection);
    }
}
