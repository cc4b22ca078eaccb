using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// Code that runs outside the localization middleware's flow (exception handlers, rate-limit rejections)
/// borrows the request's culture for the duration of a message.
/// </summary>
public readonly struct RequestCultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private RequestCultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
    }

    public static RequestCultureScope Enter(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requested = context.Features.Get<IRequestCultureFeature>()?.RequestCulture ?? LocalizationSetup.Culture("fi");
        return new RequestCultureScope(requested.Culture, requested.UICulture);
    }

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
}
