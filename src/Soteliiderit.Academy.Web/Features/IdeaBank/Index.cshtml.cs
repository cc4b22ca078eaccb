using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Web.Features.IdeaBank;

/// <summary>HR's idea bank: the catalogue to browse and recommend from, and what the organization has recommended.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class IndexModel(IdeaCatalogue catalogue, Recommendations recommendations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public RecommendedItem? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "recommended")]
    public int? Reached { get; set; }

    public IReadOnlyList<string> Skipped { get; private set; } = [];

    public IReadOnlyList<Idea> Ideas { get; private set; } = [];

    public IReadOnlyList<RecommendationSummary> Sent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Skipped = SkippedLines.FromTempData(TempData[SkippedLines.Key]);
        Ideas = await catalogue.BrowseAsync(Search, Kind);
        Sent = await recommendations.SentAsync(User);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid recommendationId) =>
        await recommendations.WithdrawAsync(User, recommendationId) ? Redirect("/hr/ideas#sent-heading") : NotFound();
}
