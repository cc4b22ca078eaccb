using System.Reflection;
using System.Text;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Demo;

/// <summary>
/// The demo data files under Demo/Content (courses, lesson texts, materials, the webinar), embedded in the assembly
/// as "Demo/{path}" so every host finds them.
/// </summary>
internal static class DemoContent
{
    /// <summary>The file's text, or null when there is no such file.</summary>
    public static string? Text(string path)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Demo/{path}");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A JSON file read the way grain documents are (camelCase, enums by name).</summary>
    public static T Json<T>(string path) =>
        GrainJson.Deserialize<T>(Text(path) ?? throw new InvalidOperationException($"Demo/{path} is not embedded."));
}
