using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// The interface language: the one the visitor picked (a cookie, kept on the user for next time), else the one the
/// request asks for, else the signed-in user's saved choice, else Finnish. Dates and numbers follow Finland's conventions.
/// </summary>
public static class LocalizationSetup
{
    public const string CookieName = "academy.lang";

    public static IServiceCollection AddAcademyLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = Culture(Languages.Finnish);
            options.SupportedCultures = [.. Languages.All.Select(l => Culture(l).Culture)];
            options.SupportedUICultures = [.. Languages.All.Select(l => Culture(l).UICulture)];
            options.RequestCultureProviders = [new AcademyCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseAcademyLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(app.ApplicationServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);

    /// <summary>fi, sv or en: the language of the current request.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var l && Languages.IsSupported(l) ? l : Languages.Finnish;

    public static RequestCulture Culture(string language) => new(
        language switch
        {
            Languages.Swedish => "sv-FI",
            Languages.English => "en-FI",
            _ => "fi-FI",
        },
        language);

    public static void RememberLanguage(HttpResponse response, string language)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieName, language, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            IsEssential = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
        });
    }

    private sealed class AcademyCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            // A browser carries the cookie set at sign-in from the saved choice, so the choice beats the browser's
            // Accept-Language; a script has no cookie, and a language it asks for explicitly beats the saved one.
            var language = Pick(httpContext.Request.Cookies[CookieName])
                ?? httpContext.Request.GetTypedHeaders().AcceptLanguage
                    .OrderByDescending(h => h.Quality ?? 1)
                    .Select(h => Pick(h.Value.Value?.Split('-')[0]))
                    .FirstOrDefault(l => l is not null)
                ?? Pick(httpContext.User.FindFirst(AcademyClaims.Language)?.Value)
                ?? Languages.Finnish;
            var culture = Culture(language);
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Culture.Name, culture.UICulture.Name));
        }

        private static string? Pick(string? language) =>
            language?.ToLowerInvariant() is { } l && Languages.IsSupported(l) ? l : null;
    }
}
