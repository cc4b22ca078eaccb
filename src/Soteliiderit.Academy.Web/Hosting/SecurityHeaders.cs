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

    /// <summary>Lets one page frame one other site (a webinar's external stream); every other page frames nothing.</summary>
    public static void AllowFrameFrom(HttpResponse response, Uri site)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(site);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("frame-src 'none'", $"frame-src {site.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
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
