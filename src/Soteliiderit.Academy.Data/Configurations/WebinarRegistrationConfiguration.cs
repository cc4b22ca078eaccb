using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data.Configurations;

internal sealed class WebinarRegistrationConfiguration : IEntityTypeConfiguration<WebinarRegistration>
{
    public void Configure(EntityTypeBuilder<WebinarRegistration> builder)
    {
        builder.HasKey(r => new { r.WebinarId, r.UserId });
        builder.HasIndex(r => r.UserId);
        builder.HasOne<Webinar>().WithMany().HasForeignKey(r => r.WebinarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
