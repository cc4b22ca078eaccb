using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Assignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        // Whether the person was reminded of the assignment lately; a supervisor's dashboard reads their own.
        builder.HasIndex(r => new { r.AssignmentId, r.UserId, r.SentAt });
        builder.HasIndex(r => r.UserId);
    }
}
