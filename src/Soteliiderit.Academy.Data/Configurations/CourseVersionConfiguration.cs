using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Courses;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> builder)
    {
        builder.HasKey(v => new { v.CourseId, v.Number });
        builder.HasOne<Course>().WithMany().HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
