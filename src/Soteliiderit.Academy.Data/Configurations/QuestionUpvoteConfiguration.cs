using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class QuestionUpvoteConfiguration : IEntityTypeConfiguration<QuestionUpvote>
{
    public void Configure(EntityTypeBuilder<QuestionUpvote> builder)
    {
        builder.HasKey(u => new { u.QuestionId, u.UserId });
        builder.HasOne<WebinarQuestion>().WithMany().HasForeignKey(u => u.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
