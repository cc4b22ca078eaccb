using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Features.Assignments;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <summary>One (group, course) cell of counts: the group is a unit for HR's dashboard, an organization for the comparison.</summary>
public sealed record CompletionCell(Guid? Group, Guid CourseId, CompletionCounts Counts);

/// <summary>
/// Counts completion in the database, grouped by a group of people and a course, by the one definition both HR's
/// dashboard and the admin comparison use: assigned people of open course assignments (in progress, completed,
/// overdue), and the catalogue (supervisors, completed in the days asked).
/// </summary>
public sealed class CompletionCounter(AcademyDbContext db, TimeProvider time)
{
    public async Task<List<CompletionCell>> CountAsync(IQueryable<AcademyUser> people, Expression<Func<AcademyUser, Guid?>> group, IReadOnlyCollection<Guid> courses, DateTime? start = null, DateTime? end = null)
    {
        var today = AssignmentDeadline.Today(time);
        var members = people.Select(Member(group));
        var heads = await members.GroupBy(m => m.Group).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var completed = await (from e in db.Enrollments
                               join m in members on e.LearnerId equals m.Id
                               where courses.Contains(e.CourseId) && e.CompletedAt != null && (start == null || e.CompletedAt >= start) && (end == null || e.CompletedAt < end)
                               group e by new { m.Group, e.CourseId } into g
                               select new { g.Key.Group, g.Key.CourseId, Count = g.Count() }).ToListAsync();
        var assigned = await (from a in db.Assignments
                              where a.WithdrawnAt == null && a.CourseId != null && courses.Contains(a.CourseId.Value)
                              join p in db.AssignedPeople on a.Id equals p.AssignmentId
                              join m in members on p.UserId equals m.Id
                              join e in db.Enrollments on new { User = p.UserId, Course = a.CourseId } equals new { User = e.LearnerId, Course = (Guid?)e.CourseId } into enrolled
                              from e in enrolled.DefaultIfEmpty()
                              select new { m.Group, CourseId = a.CourseId!.Value, a.DueOn, Enrolled = e != null, Done = e != null && e.CompletedAt != null } into x
                              group x by new { x.Group, x.CourseId } into g
                              select new
                              {
                                  g.Key.Group,
                                  g.Key.CourseId,
                                  Assigned = g.Count(),
                                  InProgress = g.Count(x => x.Enrolled && !x.Done),
                                  Completed = g.Count(x => x.Done),
                                  Overdue = g.Count(x => !x.Done && x.DueOn < today),
                              }).ToListAsync();
        // Looked up by key: nationally there are hundreds of groups, and a search per cell would grow with their square.
        var completedBy = completed.ToDictionary(c => (c.Group, c.CourseId), c => c.Count);
        var assignedBy = assigned.ToDictionary(a => (a.Group, a.CourseId));
        return [.. heads.SelectMany(h => courses.Select(course =>
        {
            var done = completedBy.GetValueOrDefault((h.Key, course));
            var given = assignedBy.GetValueOrDefault((h.Key, course));
            return new CompletionCell(h.Key, course, new CompletionCounts(h.Count, given?.Assigned ?? 0, given?.InProgress ?? 0, given?.Completed ?? 0, given?.Overdue ?? 0, done));
        }))];
    }

    public static CompletionCounts Sum(IEnumerable<CompletionCell> cells, Func<CompletionCell, bool> which) =>
        cells.Where(which).Aggregate(CompletionCounts.None, (sum, cell) => sum.Plus(cell.Counts));

    /// <summary>A person and their group, as one projection the database can join and group on.</summary>
    private static Expression<Func<AcademyUser, GroupMember>> Member(Expression<Func<AcademyUser, Guid?>> group)
    {
        var person = group.Parameters[0];
        var body = Expression.MemberInit(
            Expression.New(typeof(GroupMember)),
            Expression.Bind(typeof(GroupMember).GetProperty(nameof(GroupMember.Id))!, Expression.Property(person, nameof(AcademyUser.Id))),
            Expression.Bind(typeof(GroupMember).GetProperty(nameof(GroupMember.Group))!, group.Body));
        return Expression.Lambda<Func<AcademyUser, GroupMember>>(body, person);
    }

    private sealed class GroupMember
    {
        public Guid Id { get; init; }

        public Guid? Group { get; init; }
    }
}
