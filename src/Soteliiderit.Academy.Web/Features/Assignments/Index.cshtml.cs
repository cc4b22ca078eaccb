using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>The organization's open assignments with their counts, soonest due first.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class IndexModel(AssignmentProgress progress) : PageModel
{
    public IReadOnlyList<AssignmentSummary> Assignments { get; private set; } = [];

    public async Task OnGetAsync() => Assignments = await progress.SummariesAsync(User);
}
