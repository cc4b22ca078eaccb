using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Orleans;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Assignments;
using Soteliiderit.Academy.Web.Features.IdeaBank;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Web.Features.Home;

/// <summary>The front page: what the academy is for visitors, the learner's own dashboard once signed in.</summary>
[AllowAnonymous]
public sealed class IndexModel(
    IGrainFactory grains, WebinarDirectory webinars, AssignmentProgress assignments, HrReminders reminders, Recommendations recommendations) : PageModel
{
    public LearnerDashboard? Dashboard { get; private set; }

    /// <summary>What HR assigned to the learner, shown first: still to do before done, soonest due first.</summary>
    public IReadOnlyList<MyAssignment> Assignments { get; private set; } = [];

    /// <summary>What HR recommended from the idea bank, until dismissed.</summary>
    public IReadOnlyList<MyRecommendation> Recommended { get; private set; } = [];

    public IReadOnlyList<WebinarListing> Webinars { get; private set; } = [];

    public IReadOnlyList<(WebinarListing Webinar, RegistrationNotice Notice)> Notices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Dashboard = await grains.GetGrain<ILearnerGrain>(User.UserKey()).GetDashboard();
            Assignments = await assignments.MineAsync(User.UserId());
            Recommended = await recommendations.MineAsync(User.UserId());
            Webinars = await webinars.MineAsync(User);
            Notices = await webinars.NoticesAsync(User);
        }
    }

    public async Task<IActionResult> OnPostDismissReminderAsync(Guid reminderId)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        return await reminders.DismissAsync(User.UserId(), reminderId) ? Redirect("/") : NotFound();
    }

    public async Task<IActionResult> OnPostDismissRecommendationAsync(Guid recommendationId)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        return await recommendations.DismissAsync(User.UserId(), recommendationId) ? Redirect("/") : NotFound();
    }
}
