using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class IndexModel(AcademyDbContext db) : PageModel
{
    public int Organizations { get; private set; }

    public int People { get; private set; }

    public async Task OnGetAsync()
    {
        Organizations = await db.Organizations.CountAsync();
        People = await db.Users.CountAsync(u => u.IsActive);
    }
}
