using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Soteliiderit.Academy.Web.Features.Webinars;

public sealed class IndexModel(WebinarDirectory directory) : PageModel
{
    public IReadOnlyList<WebinarListing> Upcoming { get; private set; } = [];

    public IReadOnlyList<WebinarListing> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Upcoming = await directory.ListAsync(User);
        Past = await directory.ListAsync(User, ended: true);
    }
}
