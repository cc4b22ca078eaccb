using System.Globalization;

namespace Soteliiderit.Academy.Bench;

/// <param name="Supervisors">Supervisors over every organization; the largest has two fifths of them (20 000 of 50 000).</param>
/// <param name="Courses">Published courses; every supervisor is assigned the first five.</param>
/// <param name="Organizations">Employers; the ones after the largest share the rest of the supervisors.</param>
/// <param name="Providers">Databases to measure on, one academy each: sqlite, postgres or both.</param>
public sealed record HrReportOptions(int Supervisors, int Courses, int Organizations, IReadOnlyList<string> Providers)
{
    private static readonly string[] KnownProviders = ["sqlite", "postgres"];

    public const int AssignedCourses = 5;

    public int Largest => Supervisors * 2 / 5;

    public static HrReportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HrReportOptions(50_000, 30, 300, KnownProviders);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : "";
            options = args[i] switch
            {
                "--supervisors" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 100 => options with { Supervisors = n },
                "--courses" when int.TryParse(value, CultureInfo.InvariantCulture, out var c) && c >= AssignedCourses => options with { Courses = c },
                "--organizations" when int.TryParse(value, CultureInfo.InvariantCulture, out var o) && o >= 2 => options with { Organizations = o },
                "--providers" when value.Split(',') is var p && p.All(KnownProviders.Contains) => options with { Providers = p },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }
}
