using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarAttendanceConfiguration : IEntityTypeConfiguration<WebinarAttendance>
{
    public void Configure(EntityTypeBuilder<WebinarAttendance> builder)
    {
        builder.HasIndex(a => new { a.WebinarId, a.UserId });
        builder.HasIndex(a => a.LeftAt);
        builder.HasOne<Webinar>().WithMany().HasForeignKey(a => a.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
