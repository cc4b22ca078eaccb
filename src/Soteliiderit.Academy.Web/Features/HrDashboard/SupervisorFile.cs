using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Assignments;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <param name="Score">The best score in percent.</param>
public sealed record QuizResult(string Lesson, int Score, bool Passed);

/// <param name="Lessons">The course's required lessons as published now; <paramref name="LessonsDone"/> counts those done in their current form.</param>
public sealed record CourseProgress(Guid CourseId, string Title, DateTime EnrolledAt, int LessonsDone, int Lessons, DateTime? CompletedAt, IReadOnlyList<QuizResult> Quizzes, string? CertificateCode);

/// <param name="Percent">Share of the scheduled time, 0–100.</param>
public sealed record WebinarAttended(Guid WebinarId, string Title, DateTime StartsAt, int Minutes, int Percent);

public sealed record AssignmentFollowUp(Guid AssignmentId, string Title, DateOnly DueOn, AssignmentState State, bool Overdue, IReadOnlyList<DateTime> Reminded);

/// <summary>Everything HR follows of one of its supervisors, on one page.</summary>
public sealed record SupervisorFileView(
    Guid Id, string Name, string Email, string? Unit, bool IsActive,
    IReadOnlyList<CourseProgress> Courses, IReadOnlyList<WebinarAttended> Webinars, IReadOnlyList<AssignmentFollowUp> Assignments);

/// <summary>
/// The drill-down to one supervisor: courses and progress, quiz results, certificates, webinar attendance, and the
/// assignments with their reminders. Only one of the HR's own supervisors (<see cref="HrScope"/>); reflections,
/// which only their author ever sees, are not in it.
/// </summary>
public sealed class SupervisorFile(AcademyDbContext db, HrScope scope, AssignmentProgress assignments, IGrainFactory grains)
{
    /// <summary>Null when the person is not one of the HR's supervisors.</summary>
    public async Task<SupervisorFileView?> ForAsync(ClaimsPrincipal hr, Guid userId)
    {
        if (await scope.Supervisors(hr).AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId) is not { } person)
        {
            return null;
        }

        var language = LocalizationSetup.CurrentLanguage;
        var unit = person.UnitId is { } unitId
            ? new UnitTree(await db.OrganizationUnits.AsNoTracking().Where(u => u.OrganizationId == person.OrganizationId).ToListAsync()).PathOf(unitId, language)
            : null;
        return new SupervisorFileView(
            person.Id, person.DisplayName, person.Email ?? "", unit, person.IsActive,
            await CoursesAsync(userId, language), await WebinarsAsync(userId, language), await AssignmentsAsync(userId, language));
    }

    private async Task<List<CourseProgress>> CoursesAsync(Guid userId, string language)
    {
        var enrollments = await db.Enrollments.AsNoTracking().Include(e => e.Lessons).Where(e => e.LearnerId == userId).OrderBy(e => e.EnrolledAt).ToListAsync();
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.LearnerId == userId).ToDictionaryAsync(c => c.EnrollmentId, c => c.Code);
        var rows = new List<CourseProgress>();
        foreach (var enrollment in enrollments)
        {
            if (await grains.GetGrain<ICourseGrain>(enrollment.CourseId.ToString()).GetPublished() is not { } course)
            {
                continue;
            }

            var done = enrollment.Lessons.Where(l => course.LessonHashes.GetValueOrDefault(l.LessonKey) == l.ContentHash).Select(l => l.LessonKey).ToHashSet();
            var required = course.Content.Lessons.Where(l => l.Required).ToList();
            var quizzes = enrollment.Lessons
                .Where(l => l.QuizScore is not null && course.Content.FindLesson(l.LessonKey) is { Quiz: not null })
                .Select(l => (Progress: l, Lesson: course.Content.FindLesson(l.LessonKey)!))
                .Select(x => new QuizResult(x.Lesson.Title.For(language), x.Progress.QuizScore!.Value, x.Progress.QuizScore >= x.Lesson.Quiz!.PassMarkPercent));
            rows.Add(new CourseProgress(
                enrollment.CourseId, course.Content.Title.For(language), enrollment.EnrolledAt, required.Count(l => done.Contains(l.Key)), required.Count,
                enrollment.CompletedAt, [.. quizzes], certificates.GetValueOrDefault(enrollment.Id)));
        }

        return rows;
    }

    private async Task<List<WebinarAttended>> WebinarsAsync(Guid userId, string language)
    {
        var stretches = await db.WebinarAttendance.AsNoTracking().Where(a => a.UserId == userId).ToListAsync();
        var ids = stretches.Select(s => s.WebinarId).Distinct().ToList();
        var webinars = await db.Webinars.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id);
        return [.. stretches.GroupBy(s => s.WebinarId)
            .Where(g => webinars.ContainsKey(g.Key))
            .Select(g => (Webinar: webinars[g.Key], Share: AttendanceShare.Of(g, webinars[g.Key])))
            .Select(x => new WebinarAttended(x.Webinar.Id, new LocalizedText(x.Webinar.TitleFi, x.Webinar.TitleSv, x.Webinar.TitleEn).For(language), x.Webinar.StartsAt, x.Share.Minutes, x.Share.Percent))
            .OrderByDescending(w => w.StartsAt)];
    }

    private async Task<List<AssignmentFollowUp>> AssignmentsAsync(Guid userId, string language)
    {
        var mine = await assignments.MineAsync(userId);
        var ids = mine.Select(a => a.AssignmentId).ToList();
        var reminders = (await db.Reminders.AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.AssignmentId)).ToListAsync())
            .ToLookup(r => r.AssignmentId, r => r.SentAt);
        return [.. mine.Select(a => new AssignmentFollowUp(a.AssignmentId, a.Title.For(language), a.DueOn, a.State, a.Overdue, [.. reminders[a.AssignmentId].OrderDescending()]))];
    }
}
