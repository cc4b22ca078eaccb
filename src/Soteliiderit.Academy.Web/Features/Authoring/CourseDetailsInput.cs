using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Courses;
using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Authoring;

/// <summary>Title, summary, themes and webinar requirement of a course, as the form posts them.</summary>
public sealed class CourseDetailsInput
{
    public LocalizedInput Title { get; set; } = new();

    public LocalizedInput Summary { get; set; } = new();

    public List<CourseThemes> Themes { get; set; } = [];

    public int WebinarsRequired { get; set; }

    public int WebinarAttendancePercent { get; set; } = 75;

    public static CourseDetailsInput From(CourseContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new()
        {
            Title = LocalizedInput.From(content.Title),
            Summary = LocalizedInput.From(content.Summary),
            Themes = CourseCatalog.Split(content.Themes),
            WebinarsRequired = content.WebinarsRequired,
            WebinarAttendancePercent = content.WebinarAttendancePercent,
        };
    }

    public CourseContent ApplyTo(CourseContent content) => content with
    {
        Title = Title.ToText(),
        Summary = Summary.ToText(),
        Themes = CourseCatalog.Combine(Themes),
        WebinarsRequired = WebinarsRequired,
        WebinarAttendancePercent = WebinarAttendancePercent,
    };
}
