using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarPollConfiguration : IEntityTypeConfiguration<WebinarPoll>
{
    public void Configure(EntityTypeBuilder<WebinarPoll> builder)
    {
        builder.Property(p => p.Question).HasMaxLength(Limits.WebinarText);
        builder.HasIndex(p => p.WebinarId);
        builder.HasOne<Webinar>().WithMany().HasForeignKey(p => p.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
