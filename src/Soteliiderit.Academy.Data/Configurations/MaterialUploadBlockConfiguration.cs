using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Materials;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class MaterialUploadBlockConfiguration : IEntityTypeConfiguration<MaterialUploadBlock>
{
    // One row per block, not a list in the upload's row: blocks arriving at once each insert their own.
    public void Configure(EntityTypeBuilder<MaterialUploadBlock> builder) => builder.HasKey(b => new { b.UploadId, b.Index });
}
