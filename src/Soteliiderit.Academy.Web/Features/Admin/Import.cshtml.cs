using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class ImportModel(SupervisorImport import, OrganizationDirectory organizations, AcademyDbContext db, ErrorMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public Guid OrganizationId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<OrganizationSummary> Organizations { get; private set; } = [];

    public IReadOnlyList<string> LineErrors { get; private set; } = [];

    public IReadOnlyList<ImportedPerson> Imported { get; private set; } = [];

    public async Task OnGetAsync() => Organizations = await organizations.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Organizations = await organizations.ListAsync();
        if (!await db.Organizations.AnyAsync(o => o.Id == OrganizationId))
        {
            ModelState.AddModelError(nameof(OrganizationId), t["Validation.OrganizationRequired"]);
            return Page();
        }

        if (Upload is not { Length: > 0 and <= SupervisorImport.MaxBytes })
        {
            ModelState.AddModelError(nameof(Upload), t["Admin.ImportFileRequired", SupervisorImport.MaxBytes / 1024]);
            return Page();
        }

        try
        {
            await using var stream = Upload.OpenReadStream();
            Imported = await import.ImportAsync(OrganizationId, stream, Request);
        }
        catch (ImportRejectedException rejected)
        {
            LineErrors = [.. rejected.Errors.Select(e => t["Admin.ImportLineError", e.Line, messages.Describe(new FieldError(e.Field, e.Code, e.Arguments))].Value)];
        }

        return Page();
    }
}
