using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Materials.Inspection;

namespace Soteliiderit.Academy.Web.Features.Materials;

public sealed class IndexModel(MaterialLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public CourseThemes? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public MaterialKind? Kind { get; set; }

    public IReadOnlyList<MaterialSummary> Materials { get; private set; } = [];

    public bool SeesDrafts => MaterialLibrary.SeesDrafts(User);

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            // A hand-edited filter is ignored rather than answered with an error page.
            (Theme, Kind) = (null, null);
        }

        Materials = await library.SearchAsync(User, new MaterialQuery(Q, Theme, Kind));
    }
}
