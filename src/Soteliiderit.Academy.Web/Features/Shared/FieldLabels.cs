using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>
/// The name of a form field as its label says it, from the field's model name ("Input.Questions[1].Options[0].Text.Fi"
/// becomes "Question 2, Option 1, Finnish"), so an error summary can say which field each message is about.
/// </summary>
public static partial class FieldLabels
{
    /// <summary>Model names whose label key is not simply Field.{Name}.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["Confirm"] = "Field.ConfirmPassword",
        ["OrganizationId"] = "Field.Organization",
        ["PassMarkPercent"] = "Field.PassMark",
        ["Body"] = "Field.Body",
        ["Prompt"] = "Field.QuestionPrompt",
        ["NewModule"] = "Field.ModuleTitle",
        ["ModuleKey"] = "Authoring.Module",
        ["Upload"] = "Admin.ImportFile",
        ["Reflection"] = "Lesson.YourAnswer",
        ["RecordingUrl"] = "Webinars.RecordingUrl",
        ["StartsAt"] = "Webinars.Field.StartsAt",
        ["DurationMinutes"] = "Webinars.Field.Duration",
        ["LobbyMinutes"] = "Webinars.Field.Lobby",
        ["Capacity"] = "Webinars.Field.Capacity",
        ["CourseId"] = "Webinars.Field.Course",
        ["StreamUrl"] = "Webinars.Field.StreamUrl",
        ["Slides"] = "Webinars.Field.Slides",
        ["SlideOrder"] = "Webinars.Field.SlideOrder",
        ["CoFacilitators"] = "Webinars.Field.CoFacilitators",
    };

    /// <summary>The field's label in the reader's language, or null when the name says nothing a person would recognize.</summary>
    public static string? For(string field, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrEmpty(field))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (Match segment in Segment().Matches(field))
        {
            var name = segment.Groups["name"].Value;
            var index = segment.Groups["index"].Success ? int.Parse(segment.Groups["index"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            var label = name switch
            {
                "Input" => null,
                "Questions" when index is { } q => localizer["Quiz.Question", q + 1].Value.TrimEnd('.'),
                "Options" when index is { } o => localizer["Field.Option", o + 1].Value,
                "Fi" or "Sv" or "En" => localizer[$"Language.{name.ToLowerInvariant()}"].Value,
                _ => Known(localizer, Aliases.GetValueOrDefault(name, $"Field.{name}")),
            };
            if (label is not null)
            {
                parts.Add(label);
            }
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Known(IStringLocalizer localizer, string key) =>
        localizer[key] is { ResourceNotFound: false } text ? text.Value : null;

    [GeneratedRegex(@"(?<name>[A-Za-z]+)(?:\[(?<index>\d+)\])?")]
    private static partial Regex Segment();
}
