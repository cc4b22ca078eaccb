using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Mail;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.LastError).HasMaxLength(OutgoingMail.MaxErrorLength);
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        // The sender takes what is due; HR counts an assignment's or reminder's mail.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.AboutId, m.Kind });
    }
}
