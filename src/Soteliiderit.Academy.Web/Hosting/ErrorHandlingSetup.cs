using Microsoft.AspNetCore.Diagnostics;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Hosting;

public static class ErrorHandlingSetup
{
    /// <summary>
    /// API callers get problem details for every error; people get a page in their language. A request the server
    /// could not read (a malformed body, a body too large) is the client's 4xx in every environment, never a 500.
    /// </summary>
    public static WebApplication UseAcademyErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StatusOf });
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    public static bool IsApi(HttpContext context) =>
        context?.Request.Path.StartsWithSegments("/api") == true || context?.Request.Path.StartsWithSegments("/hubs") == true;

    /// <summary>
    /// A request the server could not read, and one a rule refused (a file link of a page with a filter edited by
    /// hand), are the client's; a grain that did not answer in time (its node died, the
    /// cluster is moving it) is 503, try again, never a server error; anything else is 500.
    /// </summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException badRequest => badRequest.StatusCode,
        RuleViolationException violation => RuleViolationProblemHandler.StatusOf(violation.Kind),
        _ when RuleViolationException.IsFailover(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
