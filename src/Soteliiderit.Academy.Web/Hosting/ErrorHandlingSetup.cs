namespace Soteliiderit.Academy.Web.Hosting;

public static class ErrorHandlingSetup
{
    /// <summary>API callers get problem details for every error; people get a page in their language.</summary>
    public static WebApplication UseAcademyErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    public static bool IsApi(HttpContext context) =>
        context?.Request.Path.StartsWithSegments("/api") == true || context?.Request.Path.StartsWithSegments("/hubs") == true;
}
