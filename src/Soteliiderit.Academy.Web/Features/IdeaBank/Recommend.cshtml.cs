using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.IdeaBank;

/// <summary>HR recommends one piece of the catalogue, with a note, to a list of its supervisors, a unit or everyone.</summary>
[Authorize(Policy = Policies.Hr)]
public sealed class RecommendModel(
    IdeaCatalogue catalogue, Recommendations recommendations, HrScope scope, UnitDirectory units, ErrorMessages messages, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public RecommendedItem Item { get; set; }

    [FromRoute]
    public Guid ItemId { get; set; }

    [BindProperty]
    public RecommendationForm Input { get; set; } = new();

    public Idea Idea { get; private set; } = null!;

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var outcome = await recommendations.RecommendAsync(User, await Input.ToInputAsync(Item, ItemId));
            TempData[SkippedLines.Key] = SkippedLines.ForTempData(outcome.SkippedLines, localizer);
            return Redirect($"/hr/ideas?recommended={outcome.Reached}#sent-heading");
        }
        catch (RuleViolationException violation)
        {
            ModelState.AddRuleViolation(violation, messages, RecommendationForm.FieldOf);
            return Page();
        }
    }

    /// <summary>False when the piece is not (any longer) in the catalogue.</summary>
    private async Task<bool> LoadAsync()
    {
        if (await catalogue.FindAsync(Item, ItemId) is not { } idea)
        {
            return false;
        }

        Idea = idea;
        Units = await units.ListAsync(scope.OrganizationOf(User));
        return true;
    }
}
