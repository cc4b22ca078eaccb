using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarEventConfiguration : IEntityTypeConfiguration<WebinarEvent>
{
    public void Configure(EntityTypeBuilder<WebinarEvent> builder)
    {
        builder.HasKey(e => new { e.WebinarId, e.Sequence });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(e => e.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
