using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Grains.Runtime;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Home;

/// <summary>The front page: what the academy is for visitors, the learner's own dashboard once signed in.</summary>
[AllowAnonymous]
public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    public LearnerDashboard? Dashboard { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Dashboard = await grains.GetGrain<ILearnerGrain>(User.UserKey()).GetDashboard();
        }
    }
}
