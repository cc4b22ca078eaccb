using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Admin;
using Soteliiderit.Academy.Web.Features.Shared;

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

/// <param name="Total">How many supervisors match in all (<see cref="Supervisors"/> may be one page of them).</param>
/// <param name="Page">The page shown (1-based), when the table was asked for a page.</param>
public sealed record SupervisorProgressTable(IReadOnlyList<HrCourse> Courses, IReadOnlyList<SupervisorProgress> Supervisors, int Total, int Page = 1);

/// <summary>
/// HR's read-only view: each own supervisor's status in every published course. Reads the rows the learner
/// grains write, through <see cref="HrScope"/>; never fans out over grains.
/// </summary>
public sealed class SupervisorProgressReport(HrScope scope, AcademyDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Every own supervisor, or with <paramref name="page"/> one page (1-based) of those whose name or e-mail matches <paramref name="search"/>.</summary>
    public async Task<SupervisorProgressTable> ForAsync(ClaimsPrincipal hr, string? search = null, int? page = null, CancellationToken cancellationToken = default)
    {
        var courses = await db.Courses.AsNoTracking()
            .Where(c => c.Status == CourseStatus.Published)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new HrCourse(c.Id, new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn)))
            .ToListAsync(cancellationToken);
        var matching = scope.Supervisors(hr).AsNoTracking().Matching(search);
        var total = await matching.CountAsync(cancellationToken);
        var ordered = matching.OrderBy(u => u.DisplayName).ThenBy(u => u.Id);
        var current = page is { } number ? Paging.Clamp(number, total, PageSize) : 1;
        var shown = page is null ? ordered : ordered.Skip((current - 1) * PageSize).Take(PageSize);
        var supervisors = await shown
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive })
            .ToListAsync(cancellationToken);
        var ids = supervisors.Select(s => s.Id).ToList();
        var enrollments = await scope.Enrollments(hr).AsNoTracking()
            .Where(e => ids.Contains(e.LearnerId))
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
                })]))],
            total,
            current);
    }
}
