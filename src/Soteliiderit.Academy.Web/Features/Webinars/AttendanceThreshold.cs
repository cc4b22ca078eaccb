using Orleans;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>The share of a webinar's time a person must attend for it to count: its course's rule, else the academy's default.</summary>
public static class AttendanceThreshold
{
    public static async Task<int> PercentAsync(IGrainFactory grains, Webinar webinar)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(webinar);
        return webinar.CourseId is { } courseId && await grains.GetGrain<ICourseGrain>(courseId.ToString()).GetPublished() is { } course
            ? course.Content.WebinarAttendancePercent
            : CourseContent.DefaultWebinarAttendancePercent;
    }
}
