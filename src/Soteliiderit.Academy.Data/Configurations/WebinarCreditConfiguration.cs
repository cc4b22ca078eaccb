using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarCreditConfiguration : IEntityTypeConfiguration<WebinarCredit>
{
    public void Configure(EntityTypeBuilder<WebinarCredit> builder)
    {
        builder.HasKey(c => new { c.UserId, c.WebinarId });
        builder.HasIndex(c => new { c.UserId, c.CourseId });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(c => c.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
