using Microsoft.Extensions.Localization;

namespace Soteliiderit.Academy.Web.Features.Shared;

public static class Plurals
{
    /// <summary>"{0} supervisors imported", or its ".One" form for exactly one ("1 esihenkilö tuotu", not "1 esihenkilöä").</summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[count == 1 ? key + ".One" : key, count];
    }
}
