using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Web.Demo;

/// <summary>
/// The demo academy's three published remote-leadership courses, read from data: Demo/Content/courses/{slug}/course.json
/// holds the outline (every key a fixed literal, so a reseeded demo keeps its ids) and lessons/{key}.{fi|sv|en}.md
/// the lesson bodies in Finnish, Swedish and English (<see cref="DemoContent"/>).
/// </summary>
internal static class DemoCourses
{
    // The ids in the course files, for scripts, tests and links.
    public static readonly Guid RemoteLeadershipBasics = new("c74997e5-3257-4006-b64a-fc2203089e22");
    public static readonly Guid TrustInRemoteTeams = new("2720b453-c063-40e5-a3cc-d5b9a657d167");
    public static readonly Guid WellbeingInHybridWork = new("dcc11308-da4b-4318-88ec-52731e53e053");

    private static readonly string[] Slugs = ["remote-leadership-basics", "trust-in-remote-teams", "wellbeing-in-hybrid-work"];

    private static readonly Lazy<IReadOnlyList<(Guid Id, CourseContent Content)>> Courses = new(() => [.. Slugs.Select(Load)]);

    /// <summary>The courses in the order they are seeded (and listed).</summary>
    public static IReadOnlyList<(Guid Id, CourseContent Content)> All => Courses.Value;

    private static (Guid Id, CourseContent Content) Load(string slug)
    {
        var folder = $"courses/{slug}";
        var file = DemoContent.Json<CourseFile>($"{folder}/course.json");
        CourseModule[] modules = [.. file.Modules.Select(module => module with { Lessons = [.. module.Lessons.Select(lesson => lesson with { Body = Body(folder, lesson.Key) })] })];
        return (file.Id, new CourseContent(file.Title, file.Summary, file.Themes, modules)
        {
            WebinarsRequired = file.WebinarsRequired,
            WebinarAttendancePercent = file.WebinarAttendancePercent,
        });
    }

    private static LocalizedText Body(string folder, Guid lesson)
    {
        string? In(string language) => DemoContent.Text($"{folder}/lessons/{lesson}.{language}.md")?.TrimEnd();
        return new LocalizedText(In(Languages.Finnish), In(Languages.Swedish), In(Languages.English));
    }

    /// <summary>course.json: the content with its id beside it.</summary>
    private sealed record CourseFile(Guid Id, LocalizedText Title, LocalizedText Summary, Data.Courses.CourseThemes Themes, IReadOnlyList<CourseModule> Modules)
    {
        public int WebinarsRequired { get; init; }

        public int WebinarAttendancePercent { get; init; } = 75;
    }
}
