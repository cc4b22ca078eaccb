using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>
/// HR giving, re-dating and withdrawing its organization's assignments. Every person comes through <see cref="HrScope"/>,
/// so another organization's supervisors are as unknown as addresses nobody has.
/// </summary>
public sealed class HrAssignments(AcademyDbContext db, HrScope scope, HrAudience audience, AssignmentProgress progress, IGrainFactory grains, MailOutbox mail, TimeProvider time, ErrorMessages messages)
{
    public async Task<AssignmentOutcome> AssignAsync(ClaimsPrincipal hr, AssignmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var webinar = await WebinarAsync(input, errors);
        var dueOn = DueOn(input, webinar, errors);
        var (people, skipped) = await audience.ResolveAsync(hr, input.Whom, errors);
        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        var already = await progress.HoldingAsync(scope.OrganizationOf(hr), input.CourseId, input.WebinarId, people);
        var now = time.GetUtcNow().UtcDateTime;
        var assignment = new Assignment
        {
            Id = Guid.NewGuid(),
            OrganizationId = scope.OrganizationOf(hr),
            CourseId = input.CourseId,
            WebinarId = input.WebinarId,
            Audience = input.Audience!.Value,
            UnitId = input.Audience is SupervisorAudience.Unit or SupervisorAudience.UnitAndSubUnits ? input.UnitId : null,
            DueOn = dueOn,
            AssignedBy = hr.UserId(),
            AssignedAt = now,
            People = [.. people.Except(already).Select(p => new AssignedPerson { UserId = p, AddedAt = now })],
        };
        db.Assignments.Add(assignment);
        mail.Add(db, MailKind.AssignmentGiven, assignment.People.Select(p => p.UserId), assignment.Id);
        await db.SaveChangesAsync();
        if (webinar is not null)
        {
            await WebinarSeats.TakeAsync(grains, webinar.Id, [.. assignment.People.Select(p => p.UserId)]);
        }

        var summary = (await progress.SummariesAsync(hr, a => a.Id == assignment.Id)).Single();
        return new AssignmentOutcome(summary, assignment.People.Count, already.Count, [.. skipped.Select(messages.Describe)]);
    }

    /// <summary>Null when it is not this organization's (or there is no such assignment).</summary>
    public async Task<AssignmentSummary?> SetDueDateAsync(ClaimsPrincipal hr, Guid assignmentId, DueDateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await OpenAsync(hr, assignmentId) is not { } assignment)
        {
            return null;
        }

        var errors = new List<FieldError>();
        assignment.DueOn = CheckDueOn(input.DueOn, errors) ?? assignment.DueOn;
        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }

        await db.SaveChangesAsync();
        return (await progress.SummariesAsync(hr, a => a.Id == assignmentId)).Single();
    }

    /// <summary>Takes the assignment back from everyone; their studies and webinar seats stay theirs.</summary>
    public async Task<bool> WithdrawAsync(ClaimsPrincipal hr, Guid assignmentId)
    {
        if (await OpenAsync(hr, assignmentId) is not { } assignment)
        {
            return false;
        }

        assignment.WithdrawnAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return true;
    }

    private Task<Assignment?> OpenAsync(ClaimsPrincipal hr, Guid assignmentId)
    {
        var organization = scope.OrganizationOf(hr);
        return db.Assignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.OrganizationId == organization && a.WithdrawnAt == null);
    }

    /// <summary>Checks the course or webinar; returns the webinar, for its day and the seats.</summary>
    private async Task<Webinar?> WebinarAsync(AssignmentInput input, List<FieldError> errors)
    {
        if (input.CourseId is null == input.WebinarId is null)
        {
            errors.Add(new FieldError(nameof(AssignmentInput.CourseId), "AssignmentItemRequired"));
            return null;
        }

        if (input.CourseId is { } courseId)
        {
            if (!await db.Courses.AnyAsync(c => c.Id == courseId && c.Status == CourseStatus.Published))
            {
                errors.Add(new FieldError(nameof(AssignmentInput.CourseId), "AssignmentCourseNotFound"));
            }

            return null;
        }

        var webinar = await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == input.WebinarId);
        if (webinar is null || webinar.Status != WebinarStatus.Scheduled || webinar.StartsAt.AddMinutes(webinar.DurationMinutes) <= time.GetUtcNow().UtcDateTime)
        {
            errors.Add(new FieldError(nameof(AssignmentInput.WebinarId), webinar is null ? "AssignmentWebinarNotFound" : "AssignmentWebinarOver"));
            return null;
        }

        return webinar;
    }

    private DateOnly DueOn(AssignmentInput input, Webinar? webinar, List<FieldError> errors) =>
        input.DueOn is null && webinar is not null
            ? DateOnly.FromDateTime(Webinars.FinnishTime.ToLocal(webinar.StartsAt))
            : CheckDueOn(input.DueOn, errors) ?? default;

    private DateOnly? CheckDueOn(DateOnly? dueOn, List<FieldError> errors)
    {
        if (dueOn is null)
        {
            errors.Add(new FieldError(nameof(AssignmentInput.DueOn), "Required"));
        }
        else if (dueOn < AssignmentDeadline.Today(time))
        {
            errors.Add(new FieldError(nameof(AssignmentInput.DueOn), "DueDateInPast"));
        }

        return dueOn;
    }
}
