using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>HR's read-only list of its own supervisors and their course status. The Hr policy guards the folder.</summary>
public sealed class IndexModel(SupervisorProgressReport report, HrScope scope, AcademyDbContext db) : PageModel
{
    public SupervisorProgressTable Table { get; private set; } = null!;

    public string OrganizationName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Table = await report.ForAsync(User);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == scope.OrganizationOf(User));
        OrganizationName = organization.NameIn(LocalizationSetup.CurrentLanguage);
    }
}
