using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Learners;

namespace Soteliiderit.Academy.Web.Features.Certificates;

/// <summary>What a certificate says: who completed which course, and when.</summary>
public sealed record CertificateView(Guid Id, string Code, string LearnerName, LocalizedText CourseTitle, DateTime IssuedAt)
{
    public string FormattedCode => CertificateCode.Format(Code);
}

/// <summary>Reads issued certificates: the owner's by id, anyone's by verification code.</summary>
public sealed class CertificateLookup(AcademyDbContext db)
{
    /// <summary>Only the learner's own; someone else's id is as good as unknown.</summary>
    public Task<CertificateView?> OwnAsync(Guid certificateId, Guid learnerId) =>
        Project(db.Certificates.Where(c => c.Id == certificateId && c.LearnerId == learnerId));

    public Task<CertificateView?> ByCodeAsync(string? typedCode) =>
        CertificateCode.Normalize(typedCode) is { } code
            ? Project(db.Certificates.Where(c => c.Code == code))
            : Task.FromResult<CertificateView?>(null);

    private static async Task<CertificateView?> Project(IQueryable<Data.Learners.Certificate> query)
    {
        var row = await query.AsNoTracking().SingleOrDefaultAsync();
        return row is null
            ? null
            : new CertificateView(row.Id, row.Code, row.LearnerName, GrainJson.Deserialize<LocalizedText>(row.CourseTitleJson), row.IssuedAt);
    }
}
