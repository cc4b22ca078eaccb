using Microsoft.Extensions.Localization;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>The list lines an HR form left out, carried to the next page in TempData (a cookie): the first few and a count.</summary>
public static class SkippedLines
{
    public const string Key = "Hr.SkippedLines";

    private const int Shown = 20;

    public static string ForTempData(IReadOnlyList<string> lines, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(localizer);
        var shown = lines.Take(Shown).ToList();
        if (lines.Count > Shown)
        {
            shown.Add(localizer["Assignments.MoreSkipped", lines.Count - Shown]);
        }

        return string.Join('\n', shown);
    }

    public static IReadOnlyList<string> FromTempData(object? stored) =>
        stored is string text && text.Length > 0 ? text.Split('\n') : [];
}
