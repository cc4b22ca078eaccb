using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Web.Features.Authoring;

/// <summary>Every course a facilitator can edit, drafts included, newest first.</summary>
public sealed class AuthoringCourses(AcademyDbContext db, IGrainFactory grains)
{
    public async Task<IReadOnlyList<CourseDraft>> ListAsync()
    {
        var ids = await db.Courses.AsNoTracking().OrderByDescending(c => c.UpdatedAt).Select(c => c.Id).ToListAsync();
        var drafts = new List<CourseDraft>(ids.Count);
        foreach (var id in ids)
        {
            drafts.Add(await grains.GetGrain<ICourseGrain>(id.ToString()).GetDraft());
        }

        return drafts;
    }
}
