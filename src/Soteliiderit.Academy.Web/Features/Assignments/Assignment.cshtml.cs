using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Mail;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>One assignment: everyone it reached and where they stand; HR gives it a new day or withdraws it.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class AssignmentModel(
    AssignmentProgress progress, HrAssignments assignments, HrReminders reminders, MailProgress mail, IOptions<HrOptions> hrOptions, ErrorMessages messages) : PageModel
{
    [FromRoute]
    public Guid AssignmentId { get; set; }

    [BindProperty]
    public DueDateForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "given")]
    public int? Given { get; set; }

    [BindProperty(SupportsGet = true, Name = "already")]
    public int Already { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true, Name = "reminded")]
    public int? Reminded { get; set; }

    [BindProperty(SupportsGet = true, Name = "lately")]
    public int RemindedLately { get; set; }

    public int ReminderIntervalDays => hrOptions.Value.ReminderIntervalDays;

    public IReadOnlyDictionary<Guid, ReminderEntry> Reminders { get; private set; } = new Dictionary<Guid, ReminderEntry>();

    public MailReport ReminderMail { get; private set; } = null!;

    public IReadOnlyList<string> Skipped { get; private set; } = [];

    public AssignmentDetails Details { get; private set; } = null!;

    public MailReport Mail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Skipped = SkippedLines.FromTempData(TempData[SkippedLines.Key]);
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDueDateAsync()
    {
        try
        {
            return await assignments.SetDueDateAsync(User, AssignmentId, new DueDateInput(Input.DueOn)) is null
                ? NotFound()
                : Redirect($"/hr/assignments/{AssignmentId}?saved=true");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, field => $"Input.{field}");
            return await LoadAsync() ? Page() : NotFound();
        }
    }

    /// <param name="userId">One overdue supervisor; none for everyone overdue.</param>
    public async Task<IActionResult> OnPostRemindAsync(Guid? userId)
    {
        try
        {
            return await reminders.RemindAsync(User, AssignmentId, new ReminderInput(userId)) is { } outcome
                ? Redirect($"/hr/assignments/{AssignmentId}?reminded={outcome.Reminded}&lately={outcome.RemindedLately}#reminders-heading")
                : NotFound();
        }
        catch (RuleViolationException violation)
        {
            // The buttons have no field of their own: the summary at the top says which person and why.
            ModelState.AddRuleViolation(violation, messages, _ => "");
            return await LoadAsync() ? Page() : NotFound();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync() =>
        await assignments.WithdrawAsync(User, AssignmentId) ? Redirect("/hr/assignments") : NotFound();

    private async Task<bool> LoadAsync()
    {
        if (await progress.DetailsAsync(User, AssignmentId) is not { } details)
        {
            return false;
        }

        Details = details;
        Mail = await mail.OfAsync(AssignmentId, MailKind.AssignmentGiven);
        Reminders = await reminders.LatestAsync(AssignmentId);
        ReminderMail = await mail.OfRemindersAsync(AssignmentId);
        Input.DueOn ??= details.Assignment.DueOn;
        return true;
    }
}

public sealed class DueDateForm
{
    public DateOnly? DueOn { get; set; }
}
