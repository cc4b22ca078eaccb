using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarConfiguration : IEntityTypeConfiguration<Webinar>
{
    public void Configure(EntityTypeBuilder<Webinar> builder)
    {
        builder.Property(w => w.ETag).IsConcurrencyToken();
        builder.Property(w => w.TitleFi).HasMaxLength(Limits.Title);
        builder.Property(w => w.TitleSv).HasMaxLength(Limits.Title);
        builder.Property(w => w.TitleEn).HasMaxLength(Limits.Title);
        builder.Property(w => w.DescriptionFi).HasMaxLength(Limits.Summary);
        builder.Property(w => w.DescriptionSv).HasMaxLength(Limits.Summary);
        builder.Property(w => w.DescriptionEn).HasMaxLength(Limits.Summary);
        builder.Property(w => w.StreamUrl).HasMaxLength(Limits.Url);
        builder.Property(w => w.RecordingUrl).HasMaxLength(Limits.Url);
        builder.HasIndex(w => w.StartsAt);
    }
}
