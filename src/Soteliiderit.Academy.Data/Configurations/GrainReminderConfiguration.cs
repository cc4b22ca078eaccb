using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Scheduling;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class GrainReminderConfiguration : IEntityTypeConfiguration<GrainReminder>
{
    public void Configure(EntityTypeBuilder<GrainReminder> builder)
    {
        builder.HasKey(r => new { r.GrainId, r.Name });
        builder.Property(r => r.GrainId).HasMaxLength(300);
        builder.Property(r => r.Name).HasMaxLength(150);
        builder.Property(r => r.ETag).IsConcurrencyToken();
        // Ticks: SQL Server's time type stops at 24 hours.
        builder.Property(r => r.Period).HasConversion<long>();
        builder.HasIndex(r => r.GrainHash);
    }
}
