using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Materials;

public sealed class MaterialModel(MaterialLibrary library, ResumableUploads uploads, IOptions<MaterialOptions> options, IAuthorizationService authorization) : PageModel
{
    public MaterialView Material { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>The caller's unfinished uploads of a new version of this material.</summary>
    public IReadOnlyList<UnfinishedUpload> Unfinished { get; private set; } = [];

    /// <summary>The version the upload page just saved, to say so after its redirect here.</summary>
    public int? SavedVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid materialId, int? saved)
    {
        if (await library.FindAsync(User, materialId) is not { } material)
        {
            return NotFound();
        }

        Material = material;
        SavedVersion = saved is > 0 && saved <= material.Versions.Count ? saved : null;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Authoring)).Succeeded;
        if (CanEdit)
        {
            Unfinished = [.. (await uploads.UnfinishedAsync(User.UserId())).Where(upload => upload.MaterialId == materialId)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPublicationAsync(Guid materialId, bool published)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Authoring)).Succeeded)
        {
            return Forbid();
        }

        await library.SetStatusAsync(materialId, published ? MaterialStatus.Published : MaterialStatus.Draft);
        return RedirectToPage(new { materialId });
    }
}
