using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.Hr;

public enum CourseStatusForHr
{
    NotStarted,
    InProgress,
    Completed,
}

public sealed record SupervisorCourseStatus(Guid CourseId, CourseStatusForHr Status, DateTime? CompletedAt);

public sealed record SupervisorProgress(Guid Id, string Name, string Email, bool IsActive, IReadOnlyList<SupervisorCourseStatus> Courses);

public sealed record HrCourse(Guid Id, LocalizedText Title);

public sealed record SupervisorProgressTable(IReadOnlyList<HrCourse> Courses, IReadOnlyList<SupervisorProgress> Supervisors);

/// <summary>
/// HR's read-only view: each own supervisor's status in every published course. Reads the rows the learner
/// grains write, through <see cref="HrScope"/>; never fans out over grains.
/// </summary>
public sealed class SupervisorProgressReport(HrScope scope, AcademyDbContext db)
{
    public async Task<SupervisorProgressTable> ForAsync(ClaimsPrincipal hr, CancellationToken cancellationToken = default)
    {
        var courses = await db.Courses.AsNoTracking()
            .Where(c => c.Status == CourseStatus.Published)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new HrCourse(c.Id, new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn)))
            .ToListAsync(cancellationToken);
        var supervisors = await scope.Supervisors(hr).AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive })
            .ToListAsync(cancellationToken);
        var enrollments = await scope.Enrollments(hr).AsNoTracking()
            .Select(e => new { e.LearnerId, e.CourseId, e.CompletedAt })
            .ToListAsync(cancellationToken);
        var byLearner = enrollments.ToLookup(e => e.LearnerId);
        return new SupervisorProgressTable(
            courses,
            [.. supervisors.Select(s => new SupervisorProgress(
                s.Id,
                s.DisplayName,
                s.Email ?? "",
                s.IsActive,
                [.. courses.Select(c => byLearner[s.Id].FirstOrDefault(e => e.CourseId == c.Id) switch
                {
                    { CompletedAt: { } at } => new SupervisorCourseStatus(c.Id, CourseStatusForHr.Completed, at),
                    { } => new SupervisorCourseStatus(c.Id, CourseStatusForHr.InProgress, null),
                    null => new SupervisorCourseStatus(c.Id, CourseStatusForHr.NotStarted, null),
                })]))]);
    }
}
