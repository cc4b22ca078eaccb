using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

/// <summary>One of HR's supervisors: courses, quizzes, certificates, webinars attended, assignments and reminders.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class SupervisorModel(SupervisorFile file) : PageModel
{
    [FromRoute]
    public Guid UserId { get; set; }

    public SupervisorFileView Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await file.ForAsync(User, UserId) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }
}
