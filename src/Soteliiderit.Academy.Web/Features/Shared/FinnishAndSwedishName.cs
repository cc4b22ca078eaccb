using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>
/// An employer's or a unit's name in both official languages: Finnish required, Swedish the Finnish one when left
/// empty, neither longer than <see cref="Limits.Name"/>.
/// </summary>
public static class FinnishAndSwedishName
{
    /// <summary>The trimmed names; what is wrong with them is added to <paramref name="errors"/> under NameFi and NameSv.</summary>
    public static (string NameFi, string NameSv) Clean(string? nameFi, string? nameSv, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var fi = nameFi?.Trim() ?? "";
        var sv = string.IsNullOrWhiteSpace(nameSv) ? fi : nameSv.Trim();
        if (fi.Length == 0)
        {
            errors.Add(new FieldError("NameFi", "Required"));
        }

        foreach (var (field, value) in new[] { ("NameFi", fi), ("NameSv", sv) })
        {
            if (value.Length > Limits.Name)
            {
                errors.Add(new FieldError(field, "TooLong", Limits.Name));
            }
        }

        return (fi, sv);
    }
}
