using System.Globalization;

namespace Soteliiderit.Academy.Web.Features.Materials;

public static class MaterialFormat
{
    /// <summary>"512 kB", "12,5 MB" in the reader's culture.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024)} kB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024 * 1024):0.##} GB"),
    };
}
