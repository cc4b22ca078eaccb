using System.Globalization;
using System.Text;

namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>
/// The uploader's file name, made fit to show and to offer as a download name. It is never used to store
/// anything. Names no real file system would hand out (paths, control characters, over 255 characters)
/// are refused rather than guessed at.
/// </summary>
public static class MaterialFileName
{
    public const int MaxLength = 255;

    public enum Problem
    {
        None,
        Path,
        ControlCharacters,
        TooLong,
    }

    public static Problem Check(string? name) =>
        string.IsNullOrEmpty(name) ? Problem.None
        : name.Length > MaxLength ? Problem.TooLong
        : name.Any(char.IsControl) ? Problem.ControlCharacters
        : name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Trim() is "." or ".." ? Problem.Path
        : Problem.None;

    /// <summary>
    /// A clean name with the extension of the type the content turned out to be: bidirectional and other
    /// invisible formatting characters removed (they disguise extensions), characters Windows forbids
    /// replaced, spaces collapsed. A name that is refused by <see cref="Check"/> must not reach this.
    /// </summary>
    public static string Clean(string? name, FileType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var text = new StringBuilder();
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.Control)
            {
                continue;
            }

            text.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : char.IsWhiteSpace(c) ? ' ' : c);
        }

        var cleaned = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        var stem = type.Extensions.Any(extension => cleaned.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            ? cleaned[..cleaned.LastIndexOf('.')]
            : cleaned;
        stem = stem.TrimEnd('.', ' ');
        if (stem.Length == 0)
        {
            stem = "material";
        }

        var extension = type.Extensions.FirstOrDefault(e => cleaned.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ?? type.Extension;
        return stem[..Math.Min(stem.Length, MaxLength - extension.Length)] + extension.ToLowerInvariant();
    }
}
