using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>Everyone, a page at a time, searched by name or e-mail and filtered by employer and role.</summary>
public sealed class UsersModel(PeopleDirectory people, OrganizationDirectory organizations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public ListPage<PersonSummary> People { get; private set; } = new([], 0, 1, PeopleDirectory.PageSize);

    public IReadOnlyList<OrganizationSummary> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organizations = await organizations.ListAsync();
        People = ModelState.IsValid
            ? await people.PageAsync(OrganizationId, Role, Search, PageNumber)
            : await people.PageAsync(null, null, null, 1);
    }

    /// <summary>The same list on another page.</summary>
    public string PageUrl(int page) =>
        Url.Page("/Admin/Users", new { Search, OrganizationId, Role, PageNumber = page }) ?? "/admin/users";
}
