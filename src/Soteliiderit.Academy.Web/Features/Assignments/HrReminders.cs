using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <param name="UserId">One overdue supervisor; null for everyone overdue.</param>
public sealed record ReminderInput(Guid? UserId = null);

/// <param name="Reminded">People reminded now (a mail each, when mail is on, and a dashboard notice).</param>
/// <param name="RemindedLately">Overdue people left out: reminded of this assignment within the interval.</param>
public sealed record ReminderOutcome(int Reminded, int RemindedLately);

/// <summary>The latest reminder one person got of one assignment.</summary>
public sealed record ReminderEntry(Guid ReminderId, Guid UserId, DateTime SentAt, string SentBy, MailStatus? Mail);

/// <summary>
/// HR reminding overdue supervisors of an assignment. Only people the assignment's HR scope reaches and who are
/// overdue, and the same person of the same assignment at most once per <see cref="HrOptions.ReminderIntervalDays"/>.
/// </summary>
public sealed class HrReminders(AcademyDbContext db, AssignmentProgress progress, MailOutbox mail, IOptions<HrOptions> options, TimeProvider time)
{
    private TimeSpan Interval => TimeSpan.FromDays(options.Value.ReminderIntervalDays);

    /// <summary>Null when the assignment is not this HR's organization's (or not open).</summary>
    public async Task<ReminderOutcome?> RemindAsync(ClaimsPrincipal hr, Guid assignmentId, ReminderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await progress.DetailsAsync(hr, assignmentId) is not { } details)
        {
            return null;
        }

        // A deactivated person is not reminded: their mail would be dropped and the count would say otherwise.
        var active = (await db.Users.Where(u => u.IsActive && db.AssignedPeople.Any(p => p.AssignmentId == assignmentId && p.UserId == u.Id)).Select(u => u.Id).ToListAsync()).ToHashSet();
        var overdue = details.People.Where(p => p.Overdue && active.Contains(p.UserId)).Select(p => p.UserId).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var lately = await LatelyRemindedAsync(assignmentId, input.UserId is { } one ? [one] : overdue, now);
        if (input.UserId is { } person)
        {
            RequireRemindable(details, person, lately);
        }

        var whom = (input.UserId is { } only ? [only] : overdue).Where(p => !lately.ContainsKey(p)).ToList();
        foreach (var userId in whom)
        {
            var reminder = new Reminder { Id = Guid.NewGuid(), AssignmentId = assignmentId, UserId = userId, SentBy = hr.UserId(), SentAt = now };
            db.Reminders.Add(reminder);
            mail.Add(db, MailKind.Reminder, userId, reminder.Id);
        }

        await db.SaveChangesAsync();
        return new ReminderOutcome(whom.Count, overdue.Count(lately.ContainsKey));
    }

    /// <summary>Each person's latest reminder of the assignment, with who sent it and how its mail went.</summary>
    public async Task<IReadOnlyDictionary<Guid, ReminderEntry>> LatestAsync(Guid assignmentId)
    {
        var rows = await (from r in db.Reminders.AsNoTracking()
                          where r.AssignmentId == assignmentId
                          join u in db.Users on r.SentBy equals u.Id into senders
                          from sender in senders.DefaultIfEmpty()
                          select new
                          {
                              r.Id,
                              r.UserId,
                              r.SentAt,
                              SentBy = sender == null ? "" : sender.DisplayName,
                              Mail = db.OutgoingMails.Where(m => m.AboutId == r.Id && m.Kind == MailKind.Reminder).Select(m => (MailStatus?)m.Status).FirstOrDefault(),
                          }).ToListAsync();
        return rows.GroupBy(r => r.UserId)
            .Select(g => g.MaxBy(r => r.SentAt)!)
            .ToDictionary(r => r.UserId, r => new ReminderEntry(r.Id, r.UserId, r.SentAt, r.SentBy, r.Mail));
    }

    /// <summary>
    /// The supervisor dismisses a reminder on their dashboard, and with it the earlier ones of the same assignment,
    /// which would otherwise show in its place; false when it is not theirs.
    /// </summary>
    public async Task<bool> DismissAsync(Guid userId, Guid reminderId)
    {
        if (await db.Reminders.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reminderId && r.UserId == userId) is not { } reminder)
        {
            return false;
        }

        await db.Reminders.Where(r => r.UserId == userId && r.AssignmentId == reminder.AssignmentId && r.SentAt <= reminder.SentAt && r.DismissedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.DismissedAt, time.GetUtcNow().UtcDateTime));
        return true;
    }

    private async Task<Dictionary<Guid, DateTime>> LatelyRemindedAsync(Guid assignmentId, IReadOnlyCollection<Guid> people, DateTime now)
    {
        var since = now - Interval;
        return await db.Reminders.AsNoTracking()
            .Where(r => r.AssignmentId == assignmentId && r.SentAt > since && people.Contains(r.UserId))
            .GroupBy(r => r.UserId)
            .Select(g => new { g.Key, Last = g.Max(r => r.SentAt) })
            .ToDictionaryAsync(x => x.Key, x => x.Last);
    }

    private void RequireRemindable(AssignmentDetails details, Guid person, Dictionary<Guid, DateTime> lately)
    {
        if (details.People.SingleOrDefault(p => p.UserId == person) is not { } status)
        {
            throw RuleViolationException.InvalidFields([new FieldError(nameof(ReminderInput.UserId), "NotAssigned")]);
        }

        if (!status.Overdue)
        {
            throw RuleViolationException.InvalidFields([new FieldError(nameof(ReminderInput.UserId), "NotOverdue")]);
        }

        if (lately.TryGetValue(person, out var last))
        {
            throw RuleViolationException.InvalidFields([new FieldError(nameof(ReminderInput.UserId), "RemindedLately", FinnishTime.FormatDate(last), FinnishTime.FormatDate(last + Interval))]);
        }
    }
}
