using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Orleans;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>One webinar: register or leave the list, add it to a calendar, and afterwards its FAQ, chat and recording; hosts and HR see the lists.</summary>
public sealed class WebinarModel(
    WebinarDirectory directory,
    WebinarReports reports,
    WebinarAfterwards afterwards,
    IGrainFactory grains,
    ErrorMessages messages,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public WebinarDetails Details { get; private set; } = null!;

    public IReadOnlyList<RegistrationRow>? Registrations { get; private set; }

    public IReadOnlyList<AttendanceRow>? Attendance { get; private set; }

    public IReadOnlyList<FaqEntry> Faq { get; private set; } = [];

    public IReadOnlyList<TranscriptLine>? Transcript { get; private set; }

    [BindProperty]
    public string? RecordingUrl { get; set; }

    /// <summary>Cancelling tells every registrant and cannot be undone, so the host ticks a box to say they mean it.</summary>
    [BindProperty]
    public bool ConfirmCancel { get; set; }

    public bool Ended => Details.Listing.Status == WebinarStatus.Ended;

    public bool ReportsOwnOrganizationOnly => Details.ReportReaders == ReportReaders.OwnOrganization;

    public Task<IActionResult> OnGetAsync(Guid webinarId) => PageAsync(webinarId);

    public Task<IActionResult> OnPostRegisterAsync(Guid webinarId) => ActAsync(webinarId, g => g.Register(User.UserId()));

    public Task<IActionResult> OnPostUnregisterAsync(Guid webinarId) => ActAsync(webinarId, g => g.CancelRegistration(User.UserId()));

    public Task<IActionResult> OnPostCancelWebinarAsync(Guid webinarId)
    {
        if (!ConfirmCancel)
        {
            ModelState.AddModelError(nameof(ConfirmCancel), text["Webinars.ConfirmCancelRequired"]);
            return PageAsync(webinarId);
        }

        return ActAsync(webinarId, g => g.Cancel(WebinarPlanning.Participant(User)));
    }

    public Task<IActionResult> OnPostRecordingAsync(Guid webinarId) => ActAsync(webinarId, g => g.SetRecording(WebinarPlanning.Participant(User), RecordingUrl));

    public async Task<IActionResult> OnPostDismissAsync(Guid webinarId)
    {
        await Webinar(webinarId).DismissNotice(User.UserId());
        return Redirect("/");
    }

    private async Task<IActionResult> ActAsync(Guid webinarId, Func<IWebinarGrain, Task> act)
    {
        try
        {
            await act(Webinar(webinarId));
            return Redirect($"/webinars/{webinarId}");
        }
        catch (RuleViolationException violation) when (violation.Kind != RuleKind.NotFound)
        {
            ModelState.AddRuleViolation(violation, messages);
            return await PageAsync(webinarId);
        }
        catch (RuleViolationException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> PageAsync(Guid webinarId)
    {
        if (await directory.FindAsync(User, webinarId) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        RecordingUrl ??= details.RecordingUrl;
        if (await directory.ReportScopeAsync(User, webinarId) is { } people)
        {
            Registrations = await reports.RegistrationsAsync(webinarId, people);
            Attendance = await reports.AttendanceAsync(webinarId, people);
        }

        if (Ended)
        {
            Faq = await afterwards.FaqAsync(User, webinarId);
            Transcript = await afterwards.TranscriptAsync(User, webinarId);
        }

        return Page();
    }

    private IWebinarGrain Webinar(Guid webinarId) => grains.GetGrain<IWebinarGrain>(webinarId.ToString());
}
