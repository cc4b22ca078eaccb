namespace Soteliiderit.Academy.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// No inline script anywhere, so a script that slipped into content could not run; no framing of the academy;
    /// no MIME sniffing of downloads.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Lets one page frame another site (a webinar's external stream) and, with <paramref name="self"/>, the academy's
    /// own inline files (a PDF deck); every other page frames nothing.
    /// </summary>
    public static void AllowFrames(HttpResponse response, Uri? site, bool self)
    {
        ArgumentNullException.ThrowIfNull(response);
        var sources = string.Join(' ', new[] { self ? "'self'" : null, site is null ? null : Source(site) }.OfType<string>());
        if (sources.Length > 0)
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("frame-src 'none'", $"frame-src {sources}", StringComparison.Ordinal);
        }
    }

    /// <summary>Lets one page play media from another site (a video lesson's file) besides the academy's own.</summary>
    public static void AllowMedia(HttpResponse response, Uri site)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(site);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("object-src 'none'", $"media-src 'self' {Source(site)}; object-src 'none'", StringComparison.Ordinal);
    }

    /// <summary>A site as a CSP source: scheme, host and port only (never user info, which could break the policy).</summary>
    private static string Source(Uri site) => $"{site.Scheme}://{site.Authority}";

    /// <summary>A file the academy's own pages may frame (a PDF slide in the room's viewer), but no other site.</summary>
    public static void AllowFramingBySelf(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal);
        response.Headers.XFrameOptions = "SAMEORIGIN";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await next(context);
    });
}
