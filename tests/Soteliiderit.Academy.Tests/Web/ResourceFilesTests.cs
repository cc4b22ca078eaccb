using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Soteliiderit.Academy.Tests.Web;

/// <summary>Every UI string exists in English, Finnish and Swedish, and every key the code asks for exists.</summary>
public sealed partial class ResourceFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Resources");

    private static Dictionary<string, string> Load(string suffix) =>
        XDocument.Load(Path.Combine(Folder, $"SharedResource{suffix}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Finnish_swedish_and_english_have_the_same_keys_and_no_empty_text()
    {
        var english = Load("");
        var finnish = Load(".fi");
        var swedish = Load(".sv");

        Assert.Equal(english.Keys.Order(), finnish.Keys.Order());
        Assert.Equal(english.Keys.Order(), swedish.Keys.Order());
        Assert.All(new[] { english, finnish, swedish }.SelectMany(d => d), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void A_text_has_the_same_placeholders_in_every_language()
    {
        var english = Load("");
        foreach (var other in new[] { Load(".fi"), Load(".sv") })
        {
            Assert.All(english, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(other[entry.Key])));
        }
    }

    [Fact]
    public void Every_key_the_pages_and_code_use_is_in_the_resources()
    {
        var known = Load("").Keys.ToHashSet();
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Soteliiderit.Academy.Web"));
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:\bT|\bt|localizer)\[""(?<key>[A-Za-z0-9_.]+)""|Localized\([^,]+, ""(?<key>[A-Za-z0-9_.]+)""|ErrorMessage = ""(?<key>[A-Za-z0-9_.]+)""")]
    private static partial Regex LiteralKey();
}
