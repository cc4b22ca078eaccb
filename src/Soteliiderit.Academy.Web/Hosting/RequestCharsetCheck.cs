using System.Text;
using Microsoft.Net.Http.Headers;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// A JSON body in a character set nobody knows ("application/json; charset=klingon") is refused with 415 before any
/// endpoint reads it, and a quoted one (charset="utf-8", as valid as unquoted) is unquoted: the JSON reader would
/// otherwise fail on either deep inside, as a server error.
/// </summary>
public static class RequestCharsetCheck
{
    public static IApplicationBuilder UseRequestCharsetCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Only a body is read in a charset: a GET that merely names one is not refused for it.
        var hasBody = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (hasBody)
        {
            context.Request.ContentType = Unquoted(context.Request.ContentType);
        }

        if (hasBody && UnknownCharset(context.Request.ContentType) is { } charset)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Detail = string.Format(System.Globalization.CultureInfo.CurrentCulture, ApiSetup.Localized(context, "Errors.UnknownCharset"), charset),
                },
            });
            return;
        }

        await next(context);
    });

    /// <summary>The content type with its charset's quotes taken off, else as it was.</summary>
    public static string? Unquoted(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.Charset is not { Length: > 2 } charset || charset[0] != '"')
        {
            return contentType;
        }

        media.Charset = HeaderUtilities.RemoveQuotes(charset);
        return media.ToString();
    }

    /// <summary>The charset of a JSON content type when .NET cannot read it, else null.</summary>
    public static string? UnknownCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.Charset is not { Length: > 0 } quoted
            || !(media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var charset = HeaderUtilities.RemoveQuotes(quoted).Value!;
        try
        {
            _ = Encoding.GetEncoding(charset);
            return null;
        }
        catch (ArgumentException)
        {
            return charset;
        }
    }
}
