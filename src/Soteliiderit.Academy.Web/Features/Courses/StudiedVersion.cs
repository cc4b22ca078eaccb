using Orleans;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;

namespace Soteliiderit.Academy.Web.Features.Courses;

public static class StudiedVersion
{
    /// <summary>
    /// The course version to show someone: the one their progress refers to (a completed course stays on the
    /// version it was completed on), else the published one. Null when the course is not published.
    /// </summary>
    public static async Task<PublishedCourse?> ForAsync(IGrainFactory grains, Guid courseId, CourseProgress? progress)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var course = grains.GetGrain<ICourseGrain>(courseId.ToString());
        if (await course.GetPublished() is not { } published)
        {
            return null;
        }

        return progress is not null && progress.CourseVersion != published.Version
            ? await course.GetVersion(progress.CourseVersion) ?? published
            : published;
    }
}
