using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Materials;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

[Authorize(Policy = Policies.Authoring)]
public sealed class NewModel(WebinarPlanning planning, MaterialLibrary library, AcademyDbContext db, ErrorMessages messages, TimeProvider time)
    : PlanFormModel(planning, library, db, messages)
{
    public async Task OnGetAsync()
    {
        // A sensible first guess: next week, on the hour.
        var local = FinnishTime.ToLocal(time.GetUtcNow().UtcDateTime).AddDays(7);
        Input.StartsAt = new DateTime(local.Year, local.Month, local.Day, 9, 0, 0);
        await LoadChoicesAsync();
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(Guid.NewGuid());
}
