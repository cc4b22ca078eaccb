using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.NameFi).HasMaxLength(Limits.Name);
        builder.Property(o => o.NameSv).HasMaxLength(Limits.Name);
        builder.HasIndex(o => o.NameFi).IsUnique();
    }
}

internal sealed class AcademyUserConfiguration : IEntityTypeConfiguration<AcademyUser>
{
    public void Configure(EntityTypeBuilder<AcademyUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Limits.Name);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(2);
        builder.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganizationId);
    }
}

internal sealed class AcademyRoleConfiguration : IEntityTypeConfiguration<AcademyRole>
{
    /// <summary>The four roles are reference data: they arrive with the migrations on every database.</summary>
    public void Configure(EntityTypeBuilder<AcademyRole> builder) => builder.HasData(
        Role("6d1f3c2a-0001-4a8e-9a51-5a3c0e7d1001", Roles.Supervisor),
        Role("6d1f3c2a-0002-4a8e-9a51-5a3c0e7d1002", Roles.Facilitator),
        Role("6d1f3c2a-0003-4a8e-9a51-5a3c0e7d1003", Roles.Hr),
        Role("6d1f3c2a-0004-4a8e-9a51-5a3c0e7d1004", Roles.Admin));

    private static AcademyRole Role(string id, string name) => new(name)
    {
        Id = Guid.Parse(id),
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.Property(c => c.ETag).IsConcurrencyToken();
        builder.Property(c => c.Languages).HasMaxLength(8);
        builder.Property(c => c.TitleFi).HasMaxLength(Limits.Title);
        builder.Property(c => c.TitleSv).HasMaxLength(Limits.Title);
        builder.Property(c => c.TitleEn).HasMaxLength(Limits.Title);
        builder.HasIndex(c => c.Status);
    }
}

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> builder)
    {
        builder.HasKey(v => new { v.CourseId, v.Number });
        builder.HasOne<Course>().WithMany().HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.HasKey(l => l.UserId);
        builder.Property(l => l.ETag).IsConcurrencyToken();
        builder.HasOne<AcademyUser>().WithOne().HasForeignKey<Learner>(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Enrollments).WithOne().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        // One enrollment per learner and course, forever.
        builder.HasIndex(e => new { e.LearnerId, e.CourseId }).IsUnique();
        builder.HasIndex(e => e.CourseId);
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Lessons).WithOne().HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        // One row per enrollment and lesson: a double click cannot count a lesson twice.
        builder.HasKey(p => new { p.EnrollmentId, p.LessonKey });
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.Reflection).HasMaxLength(Limits.Reflection);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        // One certificate per completion, and codes never collide.
        builder.HasIndex(c => c.EnrollmentId).IsUnique();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.LearnerId);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.LearnerName).HasMaxLength(Limits.Name);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> builder)
    {
        builder.Property(m => m.TitleFi).HasMaxLength(Limits.Title);
        builder.Property(m => m.TitleSv).HasMaxLength(Limits.Title);
        builder.Property(m => m.TitleEn).HasMaxLength(Limits.Title);
        builder.Property(m => m.DescriptionFi).HasMaxLength(Limits.Summary);
        builder.Property(m => m.DescriptionSv).HasMaxLength(Limits.Summary);
        builder.Property(m => m.DescriptionEn).HasMaxLength(Limits.Summary);
        builder.Property(m => m.ContentType).HasMaxLength(Limits.ContentType);
        builder.Property(m => m.SearchText).HasMaxLength(Limits.SearchText);
        builder.HasIndex(m => m.Status);
        builder.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.MaterialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MaterialVersionConfiguration : IEntityTypeConfiguration<MaterialVersion>
{
    public void Configure(EntityTypeBuilder<MaterialVersion> builder)
    {
        builder.HasKey(v => new { v.MaterialId, v.Number });
        builder.Property(v => v.BlobName).HasMaxLength(Limits.BlobName);
        builder.Property(v => v.FileName).HasMaxLength(Limits.FileName);
        builder.Property(v => v.ContentType).HasMaxLength(Limits.ContentType);
        builder.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(v => v.BlobName).IsUnique();
    }
}

internal sealed class WebinarConfiguration : IEntityTypeConfiguration<Webinar>
{
    public void Configure(EntityTypeBuilder<Webinar> builder)
    {
        builder.Property(w => w.ETag).IsConcurrencyToken();
        builder.Property(w => w.TitleFi).HasMaxLength(Limits.Title);
        builder.Property(w => w.TitleSv).HasMaxLength(Limits.Title);
        builder.Property(w => w.TitleEn).HasMaxLength(Limits.Title);
        builder.Property(w => w.StreamUrl).HasMaxLength(Limits.Url);
        builder.Property(w => w.RecordingUrl).HasMaxLength(Limits.Url);
        builder.HasIndex(w => w.StartsAt);
    }
}

internal sealed class WebinarEventConfiguration : IEntityTypeConfiguration<WebinarEvent>
{
    public void Configure(EntityTypeBuilder<WebinarEvent> builder)
    {
        builder.HasKey(e => new { e.WebinarId, e.Sequence });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(e => e.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}

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

internal sealed class QuestionUpvoteConfiguration : IEntityTypeConfiguration<QuestionUpvote>
{
    public void Configure(EntityTypeBuilder<QuestionUpvote> builder)
    {
        builder.HasKey(u => new { u.QuestionId, u.UserId });
        builder.HasOne<WebinarQuestion>().WithMany().HasForeignKey(u => u.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebinarPollConfiguration : IEntityTypeConfiguration<WebinarPoll>
{
    public void Configure(EntityTypeBuilder<WebinarPoll> builder)
    {
        builder.Property(p => p.Question).HasMaxLength(Limits.WebinarText);
        builder.HasIndex(p => p.WebinarId);
        builder.HasOne<Webinar>().WithMany().HasForeignKey(p => p.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> builder)
    {
        builder.HasKey(v => new { v.PollId, v.UserId });
        builder.HasOne<WebinarPoll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebinarMuteConfiguration : IEntityTypeConfiguration<WebinarMute>
{
    public void Configure(EntityTypeBuilder<WebinarMute> builder)
    {
        builder.HasKey(m => new { m.WebinarId, m.UserId });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(m => m.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebinarHostConfiguration : IEntityTypeConfiguration<WebinarHost>
{
    public void Configure(EntityTypeBuilder<WebinarHost> builder)
    {
        builder.HasKey(h => new { h.WebinarId, h.UserId });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(h => h.WebinarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

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

internal sealed class WebinarAttendanceConfiguration : IEntityTypeConfiguration<WebinarAttendance>
{
    public void Configure(EntityTypeBuilder<WebinarAttendance> builder)
    {
        builder.HasIndex(a => new { a.WebinarId, a.UserId });
        builder.HasIndex(a => a.LeftAt);
        builder.HasOne<Webinar>().WithMany().HasForeignKey(a => a.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebinarCreditConfiguration : IEntityTypeConfiguration<WebinarCredit>
{
    public void Configure(EntityTypeBuilder<WebinarCredit> builder)
    {
        builder.HasKey(c => new { c.UserId, c.WebinarId });
        builder.HasIndex(c => new { c.UserId, c.CourseId });
        builder.HasOne<Webinar>().WithMany().HasForeignKey(c => c.WebinarId).OnDelete(DeleteBehavior.Cascade);
    }
}
