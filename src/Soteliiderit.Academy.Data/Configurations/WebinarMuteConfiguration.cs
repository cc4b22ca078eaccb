using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarMuteConfiguration : IEntityTypeConfiguration<WebinarMute>
{
    public void Configure(EntityTypeBuilder<WebinarMute> builder)
    {
        builder.HasKey(m => new { m.WebinarId, m.UserId });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(m => m.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
