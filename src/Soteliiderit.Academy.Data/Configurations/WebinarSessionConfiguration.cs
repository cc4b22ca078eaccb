using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarSessionConfiguration : IEntityTypeConfiguration<WebinarSession>
{
    public void Configure(EntityTypeBuilder<WebinarSession> builder)
    {
        builder.HasKey(s => s.WebinarId);
        builder.Property(s => s.ETag).IsConcurrencyToken();
        builder.HasOne<Webinar>().WithOne().HasForeignKey<WebinarSession>(s => s.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
