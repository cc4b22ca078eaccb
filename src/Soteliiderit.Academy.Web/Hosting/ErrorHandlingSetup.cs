using Microsoft.AspNetCore.Diagnostics;

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

    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
}
