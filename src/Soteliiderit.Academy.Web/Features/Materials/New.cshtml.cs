using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Materials;

[Authorize(Policy = Policies.Authoring)]
public sealed class NewModel(IOptions<MaterialOptions> options, ResumableUploads uploads) : PageModel
{
    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>The caller's unfinished uploads of new material, which picking the same file continues.</summary>
    public IReadOnlyList<UnfinishedUpload> Unfinished { get; private set; } = [];

    public async Task OnGetAsync() => Unfinished = [.. (await uploads.UnfinishedAsync(User.UserId())).Where(upload => upload.MaterialId is null)];
}
