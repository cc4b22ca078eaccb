using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Courses;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.Property(c => c.ETag).IsConcurrencyToken();
        builder.Property(c => c.Languages).HasMaxLength(8);
        builder.Property(c => c.TitleFi).HasMaxLength(Limits.Title);
        builder.Property(c => c.TitleSv).HasMaxLength(Limits.Title);
        builder.Property(c => c.TitleEn).HasMaxLength(Limits.Title);
        builder.HasIndex(c => c.Status);
    }
}
