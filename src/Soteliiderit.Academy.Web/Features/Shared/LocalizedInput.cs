using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>A form's three boxes for one text in Finnish, Swedish and English.</summary>
public sealed class LocalizedInput
{
    public string? Fi { get; set; }

    public string? Sv { get; set; }

    public string? En { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Fi) && string.IsNullOrWhiteSpace(Sv) && string.IsNullOrWhiteSpace(En);

    public static LocalizedInput From(LocalizedText? text) => new() { Fi = text?.Fi, Sv = text?.Sv, En = text?.En };

    public LocalizedText ToText() => new LocalizedText(Fi, Sv, En).Normalized();

    /// <summary>"Title.fi" in a grain's error becomes "Title.Fi" on the form.</summary>
    public static string FormPath(string grainPath)
    {
        ArgumentNullException.ThrowIfNull(grainPath);
        foreach (var language in Languages.All)
        {
            if (grainPath.EndsWith("." + language, StringComparison.Ordinal))
            {
                return string.Concat(grainPath.AsSpan(0, grainPath.Length - 2), char.ToUpperInvariant(language[0]).ToString(), language.AsSpan(1));
            }
        }

        return grainPath;
    }
}
