using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarHostConfiguration : IEntityTypeConfiguration<WebinarHost>
{
    public void Configure(EntityTypeBuilder<WebinarHost> builder)
    {
        builder.HasKey(h => new { h.WebinarId, h.UserId });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(h => h.WebinarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
