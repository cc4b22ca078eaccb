using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Courses;

namespace Soteliiderit.Academy.Web.Features.Courses;

public sealed class IndexModel(CourseCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public CourseThemes? Theme { get; set; }

    public IReadOnlyList<CatalogEntry> Courses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            // A hand-edited filter (?theme=nonsense) is ignored rather than answered with an error page.
            Theme = null;
        }

        Courses = await catalog.SearchAsync(User, Language, Theme);
    }
}
