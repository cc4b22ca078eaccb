using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Materials;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>Its creator and admins change a webinar's plan (co-facilitators moderate the room); the grain refuses anyone else.</summary>
[Authorize(Policy = Policies.Authoring)]
public sealed class EditModel(WebinarPlanning planning, MaterialLibrary library, AcademyDbContext db, ErrorMessages messages, WebinarDirectory directory)
    : PlanFormModel(planning, library, db, messages)
{
    public async Task<IActionResult> OnGetAsync(Guid webinarId)
    {
        if (await directory.FindAsync(User, webinarId) is not { Manages: true, Listing.Status: WebinarStatus.Scheduled } details)
        {
            return NotFound();
        }

        Input = PlanInput.From(details);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid webinarId) =>
        await directory.FindAsync(User, webinarId) is { Manages: true } ? await SaveAsync(webinarId) : NotFound();
}
