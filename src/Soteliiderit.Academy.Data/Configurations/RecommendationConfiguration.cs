using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Recommendations;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Note).HasMaxLength(Recommendation.MaxNoteLength);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.People).WithOne().HasForeignKey(p => p.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        // HR lists its organization's recommendations, newest first.
        builder.HasIndex(r => new { r.OrganizationId, r.RecommendedAt });
    }
}
