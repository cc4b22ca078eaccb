using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarQuestionConfiguration : IEntityTypeConfiguration<WebinarQuestion>
{
    public void Configure(EntityTypeBuilder<WebinarQuestion> builder)
    {
        builder.Property(q => q.AuthorName).HasMaxLength(Limits.Name);
        builder.Property(q => q.Text).HasMaxLength(Limits.WebinarText);
        builder.HasIndex(q => q.WebinarId);
        builder.HasOne<Webinar>().WithMany().HasForeignKey(q => q.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
