using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Materials;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class MaterialUploadConfiguration : IEntityTypeConfiguration<MaterialUpload>
{
    public void Configure(EntityTypeBuilder<MaterialUpload> builder)
    {
        builder.Property(u => u.FileName).HasMaxLength(Limits.FileName);
        builder.Property(u => u.BlobName).HasMaxLength(Limits.BlobName);
        builder.Property(u => u.FirstBlockSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(u => u.State).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(u => u.Blocks).WithOne().HasForeignKey(b => b.UploadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.UploadedBy, u.State });
        builder.HasIndex(u => u.ExpiresAt);
    }
}
