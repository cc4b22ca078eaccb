using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Courses;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>
/// Reads a material's details from an upload's text fields. Scripts send "title" (in their language) and
/// "titleFi"/"titleSv"/"titleEn"; the page's form sends "Title.Fi" and friends: both spellings are read alike.
/// </summary>
public static class UploadFields
{
    public static MaterialDetails Details(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var byKey = fields.ToDictionary(f => Key(f.Key), f => f.Value, StringComparer.Ordinal);
        var themes = byKey.GetValueOrDefault("themes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var parsed = themes.Select(name => Enum.TryParse<CourseThemes>(name, ignoreCase: true, out var theme) && Enum.IsDefined(theme) && !int.TryParse(name, out _) ? theme : (CourseThemes?)null).ToList();
        if (parsed.Any(theme => theme is null))
        {
            throw new RuleViolationException(RuleKind.Invalid, "Invalid", [new FieldError("Themes", "Invalid")]);
        }

        return new MaterialDetails(Text(byKey, "title"), Text(byKey, "description"), CourseCatalog.Combine(parsed.Select(theme => theme!.Value)));
    }

    // "Input.Title.Fi", "title.fi" and "titleFi" all become "titlefi".
    private static string Key(string name) =>
        name.Replace("Input.", "", StringComparison.OrdinalIgnoreCase).Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    private static LocalizedText Text(Dictionary<string, string> fields, string name)
    {
        string? In(string language) => fields.GetValueOrDefault(name + language) is { Length: > 0 } text ? text
            : language == LocalizationSetup.CurrentLanguage ? fields.GetValueOrDefault(name) : null;
        return new LocalizedText(In(Languages.Finnish), In(Languages.Swedish), In(Languages.English)).Normalized();
    }
}
