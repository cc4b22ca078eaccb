using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <summary>How the organization's supervisors attended its webinars, webinar by webinar.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class AttendanceModel(AttendanceOverview overview, ErrorMessages messages) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<WebinarAttendanceSummary>? Webinars { get; private set; }

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Webinars = await overview.ForAsync(User, new CompletionFilter(From: From, To: To));
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages);
        }
    }
}
