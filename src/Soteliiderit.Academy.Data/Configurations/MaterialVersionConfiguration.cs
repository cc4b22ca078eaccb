using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Materials;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class MaterialVersionConfiguration : IEntityTypeConfiguration<MaterialVersion>
{
    public void Configure(EntityTypeBuilder<MaterialVersion> builder)
    {
        builder.HasKey(v => new { v.MaterialId, v.Number });
        builder.Property(v => v.BlobName).HasMaxLength(Limits.BlobName);
        builder.Property(v => v.FileName).HasMaxLength(Limits.FileName);
        builder.Property(v => v.ContentType).HasMaxLength(Limits.ContentType);
        builder.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength();
        // Files stored before pages were counted show as one page, which is what their viewer opens at.
        builder.Property(v => v.Pages).HasDefaultValue(1);
        builder.HasIndex(v => v.BlobName).IsUnique();
    }
}
