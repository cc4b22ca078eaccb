using Microsoft.AspNetCore.Mvc.RazorPages;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Web.Features.Authoring;

public sealed class IndexModel(AuthoringCourses courses) : PageModel
{
    public IReadOnlyList<CourseDraft> Courses { get; private set; } = [];

    public async Task OnGetAsync() => Courses = await courses.ListAsync();
}
