using System.Text.Json.Serialization;
using Orleans;

namespace Soteliiderit.Academy.Grains;

/// <summary>The academy's languages, in the order texts fall back to one another.</summary>
public static class Languages
{
    public const string Finnish = "fi";
    public const string Swedish = "sv";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Finnish, Swedish, English];

    public static bool IsSupported(string? language) => language is Finnish or Swedish or English;
}

/// <summary>A text in Finnish, Swedish and English, any of which may be missing.</summary>
[GenerateSerializer, Immutable]
public sealed record LocalizedText(string? Fi = null, string? Sv = null, string? En = null)
{
    public static readonly LocalizedText Empty = new();

    [JsonIgnore]
    public bool IsEmpty => Languages.All.All(language => string.IsNullOrWhiteSpace(this[language]));

    /// <summary>The languages that have a text, in the order fi, sv, en.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Present => [.. Languages.All.Where(language => !string.IsNullOrWhiteSpace(this[language]))];

    public string? this[string language] => language switch
    {
        Languages.Finnish => Fi,
        Languages.Swedish => Sv,
        Languages.English => En,
        _ => null,
    };

    /// <summary>The text in the wanted language, else in the first language that has one.</summary>
    public string For(string language) =>
        NonBlank(this[language]) ?? NonBlank(Fi) ?? NonBlank(Sv) ?? NonBlank(En) ?? "";

    /// <summary>The language <see cref="For"/> answers in, for the lang attribute of the element that shows it.</summary>
    public string LanguageFor(string language) =>
        NonBlank(this[language]) is not null ? language : Present is [var first, ..] ? first : language;

    /// <summary>Trimmed, with blank texts turned into missing ones.</summary>
    public LocalizedText Normalized() => new(Clean(Fi), Clean(Sv), Clean(En));

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
