using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Admin;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Mail;

/// <summary>
/// Writes a queued mail when its turn comes: in the recipient's language, with the webinar's time as it is now
/// and its calendar entry as an invitation that updates the one sent before. Null when the news is no longer
/// true (the seat was given up, the assignment withdrawn, the person deactivated).
/// </summary>
public sealed class MailComposer(
    AcademyDbContext db, UserAccounts accounts, IStringLocalizer<SharedResource> t, IOptions<MailOptions> mail, IOptions<AcademyOptions> academy, TimeProvider time)
{
    private string Site => academy.Value.PublicAddress!.TrimEnd('/');

    /// <summary>Checked at start (<see cref="MailSetup"/>) whenever mail is on.</summary>
    private MailboxAddress Sender => MailboxAddress.Parse(mail.Value.From!);

    public async Task<MimeMessage?> ComposeAsync(OutgoingMail queued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queued);
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == queued.UserId, cancellationToken) is not { IsActive: true, Email: not null } recipient)
        {
            return null;
        }

        // The texts and dates are the recipient's; this method's culture does not leak to its caller.
        var culture = LocalizationSetup.Culture(recipient.PreferredLanguage);
        CultureInfo.CurrentCulture = culture.Culture;
        CultureInfo.CurrentUICulture = culture.UICulture;
        var content = queued.Kind switch
        {
            MailKind.AssignmentGiven => await AssignmentAsync(queued.AboutId, recipient, given: true, cancellationToken),
            MailKind.Reminder => await AssignmentAsync(await ReminderOfAsync(queued, cancellationToken), recipient, given: false, cancellationToken),
            MailKind.PasswordReset => new Content(t["Mail.PasswordReset.Subject"], t["Mail.PasswordReset"], await accounts.SetPasswordLinkAsync(recipient, Site)),
            _ => await WebinarAsync(queued, recipient, cancellationToken),
        };
        return content is null ? null : Message(queued, recipient, content);
    }

    private sealed record Content(string Subject, string Text, string Link, byte[]? Calendar = null, string? CalendarMethod = null);

    private Task<Guid?> ReminderOfAsync(OutgoingMail queued, CancellationToken cancellationToken) =>
        db.Reminders.AsNoTracking().Where(r => r.Id == queued.AboutId && r.UserId == queued.UserId).Select(r => (Guid?)r.AssignmentId).SingleOrDefaultAsync(cancellationToken);

    /// <param name="given">True for the news of a new assignment, false for HR's reminder of an overdue one.</param>
    private async Task<Content?> AssignmentAsync(Guid? assignmentId, AcademyUser recipient, bool given, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.AsNoTracking()
            .Where(a => a.Id == assignmentId && a.WithdrawnAt == null && a.People.Any(p => p.UserId == recipient.Id))
            .Select(a => new { a.CourseId, a.WebinarId, a.DueOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (assignment?.CourseId is { } courseId
            && await db.Courses.AsNoTracking().Where(c => c.Id == courseId).Select(c => new LocalizedText(c.TitleFi, c.TitleSv, c.TitleEn)).SingleOrDefaultAsync(cancellationToken) is { } course)
        {
            var title = course.For(recipient.PreferredLanguage);
            return given
                ? new Content(t["Mail.AssignmentGiven.Subject", title], t["Mail.AssignmentGiven.Course", title, Day(assignment.DueOn)], $"{Site}/courses/{courseId}")
                : new Content(t["Mail.Reminder.Subject", title], t["Mail.Reminder.Course", title, Day(assignment.DueOn)], $"{Site}/courses/{courseId}");
        }

        if (assignment?.WebinarId is { } webinarId && await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken) is { } webinar)
        {
            var title = TitleOf(webinar, recipient);
            return given
                ? new Content(t["Mail.AssignmentGiven.Subject", title], t["Mail.AssignmentGiven.Webinar", title, When(webinar), Day(assignment.DueOn)], $"{Site}/webinars/{webinarId}")
                : new Content(t["Mail.Reminder.Subject", title], t["Mail.Reminder.Webinar", title, Day(assignment.DueOn)], $"{Site}/webinars/{webinarId}");
        }

        return null;
    }

    private async Task<Content?> WebinarAsync(OutgoingMail queued, AcademyUser recipient, CancellationToken cancellationToken)
    {
        var webinar = await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == queued.AboutId, cancellationToken);
        var registration = await db.WebinarRegistrations.AsNoTracking()
            .SingleOrDefaultAsync(r => r.WebinarId == queued.AboutId && r.UserId == recipient.Id, cancellationToken);
        if (webinar is null || registration is null)
        {
            return null;
        }

        var title = TitleOf(webinar, recipient);
        var link = $"{Site}/webinars/{webinar.Id}";
        var seated = registration.State == RegistrationState.Registered;
        return (queued.Kind, webinar.Status) switch
        {
            // Only a seat has a calendar entry to update or remove.
            (MailKind.WebinarCancelled, WebinarStatus.Cancelled) => new Content(
                t["Mail.WebinarCancelled.Subject", title], t[seated ? "Mail.WebinarCancelled" : "Mail.WebinarCancelled.Waiting", title, When(webinar)], link,
                seated ? Calendar(webinar, title, recipient) : null, "CANCEL"),
            (_, not WebinarStatus.Scheduled) => null,
            (MailKind.WebinarMoved, _) => new Content(
                t["Mail.WebinarMoved.Subject", title], t[seated ? "Mail.WebinarMoved" : "Mail.WebinarMoved.Waiting", title, When(webinar)], link,
                seated ? Calendar(webinar, title, recipient) : null, "REQUEST"),
            (MailKind.WebinarRegistered, _) when !seated =>
                new Content(t["Mail.WebinarWaiting.Subject", title], t["Mail.WebinarWaiting", title, When(webinar), await WebinarRoster.PlaceInLineAsync(db, webinar.Id, recipient.Id)], link),
            (MailKind.WebinarRegistered or MailKind.WebinarSeatGiven, _) when seated =>
                new Content(t[$"Mail.{queued.Kind}.Subject", title], t[$"Mail.{queued.Kind}", title, When(webinar)], link, Calendar(webinar, title, recipient), "REQUEST"),
            _ => null,
        };
    }

    private MimeMessage Message(OutgoingMail queued, AcademyUser recipient, Content content)
    {
        var message = new MimeMessage
        {
            Subject = content.Subject,
            Date = time.GetUtcNow(),
            // The same id on every try, so a server that got a try which seemed to fail can tell the second apart.
            MessageId = $"{queued.Id:N}@soteliiderit-academy",
        };
        message.From.Add(Sender);
        message.To.Add(new MailboxAddress(recipient.DisplayName, recipient.Email!));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add(HeaderId.ContentLanguage, recipient.PreferredLanguage);
        var text = new StringBuilder()
            .Append(t["Mail.Greeting", recipient.DisplayName]).Append("\n\n")
            .Append(content.Text).Append("\n\n")
            .Append(content.Link).Append("\n\n")
            .Append("-- \n").Append(t["Mail.Footer"]).Append('\n');
        var body = new BodyBuilder { TextBody = text.ToString() };
        if (content.Calendar is not null)
        {
            body.Attachments.Add("webinar.ics", content.Calendar, ContentType.Parse($"text/calendar; method={content.CalendarMethod}; charset=utf-8"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private byte[] Calendar(Webinar webinar, string title, AcademyUser recipient)
    {
        var from = Sender;
        var entry = new WebinarCalendar.Entry(
            webinar.Id, title, webinar.StartsAt, webinar.DurationMinutes, webinar.CalendarSequence, webinar.Status == WebinarStatus.Cancelled,
            new Uri($"{Site}/webinars/{webinar.Id}"), time.GetUtcNow().UtcDateTime);
        return WebinarCalendar.Create(entry, new WebinarCalendar.Invitation(from.Name ?? "", from.Address, recipient.DisplayName, recipient.Email!));
    }

    private static string TitleOf(Webinar webinar, AcademyUser recipient) =>
        new LocalizedText(webinar.TitleFi, webinar.TitleSv, webinar.TitleEn).For(recipient.PreferredLanguage);

    private string When(Webinar webinar) => t["Mail.When", FinnishTime.Format(webinar.StartsAt)];

    private static string Day(DateOnly day) => day.ToString("d.M.yyyy", CultureInfo.CurrentCulture);
}
