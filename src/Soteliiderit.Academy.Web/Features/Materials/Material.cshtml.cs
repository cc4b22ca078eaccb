using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Materials;

public sealed class MaterialModel(MaterialLibrary library, IOptions<MaterialOptions> options, IAuthorizationService authorization) : PageModel
{
    public MaterialView Material { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await library.FindAsync(User, id) is not { } material)
        {
            return NotFound();
        }

        Material = material;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Authoring)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnPostPublicationAsync(Guid id, bool published)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Authoring)).Succeeded)
        {
            return Forbid();
        }

        await library.SetStatusAsync(id, published ? MaterialStatus.Published : MaterialStatus.Draft);
        return RedirectToPage(new { id });
    }
}
