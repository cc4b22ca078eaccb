using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class UsersModel(PeopleDirectory people, OrganizationDirectory organizations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public IReadOnlyList<OrganizationSummary> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organizations = await organizations.ListAsync();
        People = await people.ListAsync(ModelState.IsValid ? OrganizationId : null, Role);
    }
}
