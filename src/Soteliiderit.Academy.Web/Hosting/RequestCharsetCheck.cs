using System.Text;
using Microsoft.Net.Http.Headers;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// A JSON body in a character set nobody knows ("application/json; charset=klingon") is refused with 415 before any
/// endpoint reads it: the JSON reader would otherwise fail deep inside as a server error.
/// </summary>
public static class RequestCharsetCheck
{
    public static IApplicationBuilder UseRequestCharsetCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (UnknownCharset(context.Request.ContentType) is { } charset)
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

    /// <summary>The charset of a JSON content type when .NET cannot read it, else null.</summary>
    public static string? UnknownCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.Charset is not { Length: > 0 } charset
            || !(media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        try
        {
            _ = Encoding.GetEncoding(charset.Value!);
            return null;
        }
        catch (ArgumentException)
        {
            return charset.Value;
        }
    }
}
