using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Materials;

[Authorize(Policy = Policies.Authoring)]
public sealed class NewModel(IOptions<MaterialOptions> options) : PageModel
{
    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    public void OnGet()
    {
    }
}
