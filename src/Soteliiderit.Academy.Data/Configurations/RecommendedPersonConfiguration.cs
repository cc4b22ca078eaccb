using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Recommendations;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class RecommendedPersonConfiguration : IEntityTypeConfiguration<RecommendedPerson>
{
    public void Configure(EntityTypeBuilder<RecommendedPerson> builder)
    {
        builder.HasKey(p => new { p.RecommendationId, p.UserId });
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        // A supervisor's dashboard reads their own.
        builder.HasIndex(p => p.UserId);
    }
}
