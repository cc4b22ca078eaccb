using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>
/// An organization's supervisors from a CSV file. The plain form post answers with the result page; the page's script
/// posts to the Stream handler instead, which reports progress as it goes (a line of JSON per step) and ends with the
/// people and their set-password links, which the script offers as a CSV file.
/// </summary>
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
        if (await RefusalAsync() is null)
        {
            await RunAsync(progress: null);
        }

        return Page();
    }

    /// <summary>The same import, answering with newline-delimited JSON: {done,total} steps, then {imported} or {errors}.</summary>
    public async Task<IActionResult> OnPostStreamAsync()
    {
        Response.ContentType = "application/x-ndjson; charset=utf-8";
        if (await RefusalAsync() is { } refusal)
        {
            await WriteLineAsync(new { errors = new[] { refusal } });
        }
        else
        {
            await RunAsync((done, total) => WriteLineAsync(new { done, total }));
            await WriteLineAsync(LineErrors.Count > 0 ? new { errors = LineErrors } : new { imported = Imported });
        }

        return new EmptyResult();
    }

    private async Task<string?> RefusalAsync()
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == OrganizationId))
        {
            ModelState.AddModelError(nameof(OrganizationId), t["Validation.OrganizationRequired"]);
            return t["Validation.OrganizationRequired"];
        }

        if (Upload is not { Length: > 0 and <= SupervisorImport.MaxBytes })
        {
            var message = t["Admin.ImportFileRequired", SupervisorImport.MaxBytes / 1024];
            ModelState.AddModelError(nameof(Upload), message);
            return message;
        }

        return null;
    }

    private async Task RunAsync(Func<int, int, Task>? progress)
    {
        try
        {
            await using var stream = Upload!.OpenReadStream();
            Imported = await import.ImportAsync(OrganizationId, stream, Request, progress);
        }
        catch (RuleViolationException refused)
        {
            // What the checks before the import could not foresee (an address taken meanwhile): nothing was imported.
            LineErrors = [messages.Describe(refused), .. refused.FieldErrors.Select(messages.Describe)];
        }
        catch (ImportRejectedException rejected)
        {
            LineErrors = [.. rejected.Errors.Select(e => (e.Column is { } column
                ? t["Admin.ImportLineColumnError", e.Line, column, messages.Describe(new FieldError(e.Field, e.Code, e.Arguments))]
                : t["Admin.ImportLineError", e.Line, messages.Describe(new FieldError(e.Field, e.Code, e.Arguments))]).Value)];
        }
    }

    private async Task WriteLineAsync(object line)
    {
        await Response.WriteAsync(JsonSerializer.Serialize(line, JsonSerializerOptions.Web) + "\n");
        await Response.Body.FlushAsync();
    }
}
