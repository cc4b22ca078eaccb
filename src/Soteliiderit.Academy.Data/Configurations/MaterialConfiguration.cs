using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Materials;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> builder)
    {
        builder.Property(m => m.TitleFi).HasMaxLength(Limits.Title);
        builder.Property(m => m.TitleSv).HasMaxLength(Limits.Title);
        builder.Property(m => m.TitleEn).HasMaxLength(Limits.Title);
        builder.Property(m => m.DescriptionFi).HasMaxLength(Limits.Summary);
        builder.Property(m => m.DescriptionSv).HasMaxLength(Limits.Summary);
        builder.Property(m => m.DescriptionEn).HasMaxLength(Limits.Summary);
        builder.Property(m => m.ContentType).HasMaxLength(Limits.ContentType);
        builder.Property(m => m.SearchText).HasMaxLength(Limits.SearchText);
        builder.HasIndex(m => m.Status);
        builder.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.MaterialId).OnDelete(DeleteBehavior.Cascade);
    }
}
