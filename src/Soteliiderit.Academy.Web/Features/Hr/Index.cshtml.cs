using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Web.Features.Admin;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>
/// HR's list of its own supervisors and their course status, a page at a time and searchable, and a one-time
/// set-password link for any of them. The Hr policy guards the folder; every query starts from <see cref="HrScope"/>.
/// </summary>
public sealed class IndexModel(SupervisorProgressReport report, HrScope scope, UserAccounts accounts, AcademyDbContext db) : PageModel
{
    public SupervisorProgressTable Table { get; private set; } = null!;

    public string OrganizationName { get; private set; } = "";

    public Guid OrganizationId => scope.OrganizationOf(User);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Paging.PagesFor(Table.Total, SupervisorProgressReport.PageSize);

    /// <summary>A set-password link just made, with whose it is; shown once.</summary>
    public SetPasswordLinkModel? Link { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostLinkAsync(Guid supervisorId)
    {
        if (await scope.SupervisorAsync(User, supervisorId) is not { } supervisor)
        {
            return NotFound();
        }

        Link = new SetPasswordLinkModel(supervisor.DisplayName, await accounts.ReplacementSetPasswordLinkAsync(supervisor, Request));
        await LoadAsync();
        return Page();
    }

    public string PageUrl(int page) => Url.Page("/Hr/Index", new { Search, PageNumber = page }) ?? "/hr";

    private async Task LoadAsync()
    {
        Table = await report.ForAsync(User, Search, Math.Max(1, PageNumber));
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == scope.OrganizationOf(User));
        OrganizationName = organization.NameIn(LocalizationSetup.CurrentLanguage);
    }
}
