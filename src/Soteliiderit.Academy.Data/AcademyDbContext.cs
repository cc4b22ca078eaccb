using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Data.Scheduling;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Data;

/// <summary>
/// One provider-neutral model. Each provider has its own subclass only so that SQLite and PostgreSQL
/// keep separate migration histories in this assembly (SQLite, PostgreSQL, SQL Server) (see <see cref="SqliteAcademyDbContext"/>).
/// </summary>
public class AcademyDbContext(DbContextOptions options)
    : IdentityDbContext<AcademyUser, AcademyRole, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The one data-protection key ring every node reads: a cookie or token from one node works on all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationUnit> OrganizationUnits => Set<OrganizationUnit>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<RecommendedPerson> RecommendedPeople => Set<RecommendedPerson>();

    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();

    public DbSet<AssignedPerson> AssignedPeople => Set<AssignedPerson>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();

    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Material> Materials => Set<Material>();

    public DbSet<MaterialVersion> MaterialVersions => Set<MaterialVersion>();

    public DbSet<MaterialUpload> MaterialUploads => Set<MaterialUpload>();

    public DbSet<MaterialUploadBlock> MaterialUploadBlocks => Set<MaterialUploadBlock>();

    public DbSet<WorkLease> WorkLeases => Set<WorkLease>();

    public DbSet<GrainReminder> GrainReminders => Set<GrainReminder>();

    public DbSet<Webinar> Webinars => Set<Webinar>();

    public DbSet<WebinarSession> WebinarSessions => Set<WebinarSession>();

    public DbSet<WebinarEvent> WebinarEvents => Set<WebinarEvent>();

    public DbSet<WebinarQuestion> WebinarQuestions => Set<WebinarQuestion>();

    public DbSet<QuestionUpvote> QuestionUpvotes => Set<QuestionUpvote>();

    public DbSet<WebinarPoll> WebinarPolls => Set<WebinarPoll>();

    public DbSet<PollVote> PollVotes => Set<PollVote>();

    public DbSet<WebinarMute> WebinarMutes => Set<WebinarMute>();

    public DbSet<WebinarHost> WebinarHosts => Set<WebinarHost>();

    public DbSet<WebinarRegistration> WebinarRegistrations => Set<WebinarRegistration>();

    public DbSet<WebinarAttendance> WebinarAttendance => Set<WebinarAttendance>();

    public DbSet<WebinarCredit> WebinarCredits => Set<WebinarCredit>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AcademyDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every instant is UTC on both providers; PostgreSQL insists on it and SQLite forgets the kind.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
