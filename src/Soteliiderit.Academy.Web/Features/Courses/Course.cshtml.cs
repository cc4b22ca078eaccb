using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Orleans;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Courses;

public sealed class CourseModel(IGrainFactory grains, ErrorMessages messages) : PageModel
{
    public PublishedCourse Course { get; private set; } = null!;

    public CourseProgress? Progress { get; private set; }

    private ILearnerGrain Learner => grains.GetGrain<ILearnerGrain>(User.UserKey());

    public async Task<IActionResult> OnGetAsync(Guid courseId) => await LoadAsync(courseId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEnrollAsync(Guid courseId)
    {
        try
        {
            var progress = await Learner.Enroll(courseId);
            return Redirect($"/courses/{courseId}/lessons/{progress.ResumeLessonKey}");
        }
        catch (RuleViolationException violation) when (violation.Kind != RuleKind.NotFound)
        {
            ModelState.AddRuleViolation(violation, messages);
            return await LoadAsync(courseId) ? Page() : NotFound();
        }
        catch (RuleViolationException)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid courseId)
    {
        Progress = await Learner.GetProgress(courseId);
        if (await StudiedVersion.ForAsync(grains, courseId, Progress) is not { } course)
        {
            return false;
        }

        Course = course;
        return true;
    }
}
