using System.Globalization;
using System.Security.Claims;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Assignments;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <summary>
/// The completions of the HR's supervisors as CSV, one row per person and course they started or were assigned:
/// UTF-8 with a BOM (so Excel shows ä, ö and å), commas or semicolons (Finnish Excel), a field that would start a
/// formula escaped, and written row by row as the database hands them over, never built in memory. With days
/// asked, only the completions within them.
/// </summary>
public sealed class CompletionExport(AcademyDbContext db, CompletionReport report, IStringLocalizer<SharedResource> t, TimeProvider time)
{
    private static readonly string[] Columns = ["Name", "Email", "Unit", "Course", "State", "Started", "Completed", "DueOn", "Overdue"];

    /// <summary>Checks the filter before the first byte goes out, so a bad one is a 400 and not half a file.</summary>
    public Task<CompletionScope> CheckAsync(ClaimsPrincipal hr, CompletionFilter filter) => report.ScopeAsync(hr, filter);

    public async Task WriteAsync(CompletionScope scope, CompletionFilter filter, char separator, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            InjectionOptions = InjectionOptions.Escape,
        });
        foreach (var column in Columns)
        {
            csv.WriteField(t[$"Export.{column}"].Value);
        }

        await csv.NextRecordAsync();
        var language = LocalizationSetup.CurrentLanguage;
        var today = AssignmentDeadline.Today(time);
        var courses = scope.Courses.ToDictionary(c => c.Key, c => c.Value.For(language));
        await foreach (var row in Rows(scope, filter).WithCancellation(cancellationToken))
        {
            var done = row.CompletedAt is not null;
            csv.WriteField(row.Name);
            csv.WriteField(row.Email);
            csv.WriteField(row.UnitId is { } unit ? scope.Units.PathOf(unit, language) : "");
            csv.WriteField(courses[row.CourseId]);
            csv.WriteField(t[$"Assignment.State.{(done ? AssignmentState.Completed : row.EnrolledAt is null ? AssignmentState.NotStarted : AssignmentState.InProgress)}"].Value);
            csv.WriteField(row.EnrolledAt is { } started ? FinnishTime.ToLocal(started).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
            csv.WriteField(row.CompletedAt is { } completed ? FinnishTime.ToLocal(completed).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
            csv.WriteField(row.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(t[!done && row.DueOn < today ? "Export.Yes" : "Export.No"].Value);
            await csv.NextRecordAsync();
        }
    }

    private sealed record Row(string Name, string? Email, Guid? UnitId, Guid CourseId, DateTime? EnrolledAt, DateTime? CompletedAt, DateOnly? DueOn);

    /// <summary>Started courses (completed within the days, when asked), then, without days, assigned ones not started.</summary>
    private async IAsyncEnumerable<Row> Rows(CompletionScope scope, CompletionFilter filter)
    {
        var courses = scope.Courses.Keys.ToList();
        var (start, end) = (filter.FromUtc, filter.UntilUtc);
        var ranged = start is not null || end is not null;
        var open = db.Assignments.Where(a => a.OrganizationId == scope.Organization && a.WithdrawnAt == null);
        var started = from e in db.Enrollments.AsNoTracking()
                      join u in scope.People on e.LearnerId equals u.Id
                      where courses.Contains(e.CourseId)
                          && (!ranged || (e.CompletedAt != null && (start == null || e.CompletedAt >= start) && (end == null || e.CompletedAt < end)))
                      orderby u.DisplayName, u.Id, e.CourseId
                      select new Row(
                          u.DisplayName, u.Email, u.UnitId, e.CourseId, e.EnrolledAt, e.CompletedAt,
                          (from p in db.AssignedPeople join a in open on p.AssignmentId equals a.Id where p.UserId == u.Id && a.CourseId == e.CourseId select (DateOnly?)a.DueOn).Min());
        await foreach (var row in started.AsAsyncEnumerable())
        {
            yield return row;
        }

        if (ranged)
        {
            yield break;
        }

        var notStarted = from p in db.AssignedPeople.AsNoTracking()
                         join a in open on p.AssignmentId equals a.Id
                         join u in scope.People on p.UserId equals u.Id
                         where a.CourseId != null && courses.Contains(a.CourseId.Value)
                             && !db.Enrollments.Any(e => e.LearnerId == p.UserId && e.CourseId == a.CourseId)
                         orderby u.DisplayName, u.Id, a.CourseId
                         select new Row(u.DisplayName, u.Email, u.UnitId, a.CourseId!.Value, null, null, a.DueOn);
        await foreach (var row in notStarted.AsAsyncEnumerable())
        {
            yield return row;
        }
    }
}
