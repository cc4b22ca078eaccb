using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Mail;

namespace Soteliiderit.Academy.Web.Features.Mail;

/// <param name="IsOn">False when the academy has no mail settings: people see the news on their dashboard only.</param>
/// <param name="Queued">Waiting to be sent, or for another try.</param>
/// <param name="Failed">Every try failed.</param>
/// <param name="ByPerson">Each recipient's latest mail of the kind.</param>
public sealed record MailReport(bool IsOn, int Queued, int Sent, int Failed, IReadOnlyDictionary<Guid, MailStatus> ByPerson);

/// <summary>How far the mail about one assignment (or reminder) has gone, for HR to see while it is being sent.</summary>
public sealed class MailProgress(AcademyDbContext db, MailOutbox outbox)
{
    public bool IsOn => outbox.IsOn;

    public Task<MailReport> OfAsync(Guid aboutId, MailKind kind) =>
        ReportAsync(db.OutgoingMails.Where(m => m.AboutId == aboutId && m.Kind == kind));

    /// <summary>The mail of every reminder of one assignment.</summary>
    public Task<MailReport> OfRemindersAsync(Guid assignmentId) =>
        ReportAsync(db.OutgoingMails.Where(m => m.Kind == MailKind.Reminder && db.Reminders.Any(r => r.Id == m.AboutId && r.AssignmentId == assignmentId)));

    private async Task<MailReport> ReportAsync(IQueryable<OutgoingMail> mails)
    {
        var rows = await mails.AsNoTracking()
            .Select(m => new { m.UserId, m.Status, m.QueuedAt })
            .ToListAsync();
        var latest = rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.QueuedAt)!.Status);
        return new MailReport(
            outbox.IsOn,
            latest.Values.Count(s => s == MailStatus.Queued),
            latest.Values.Count(s => s == MailStatus.Sent),
            latest.Values.Count(s => s == MailStatus.Failed),
            latest);
    }
}
