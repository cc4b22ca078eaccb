using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

public static class HrDashboardApi
{
    public static IServiceCollection AddHrDashboard(this IServiceCollection services) =>
        services.AddMemoryCache().AddScoped<CompletionCounter>().AddScoped<OwnFiguresCache>().AddScoped<CompletionReport>().AddScoped<CompletionExport>().AddScoped<SupervisorFile>().AddScoped<AttendanceOverview>();

    public static IEndpointRouteBuilder MapHrDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/hr/dashboard", DashboardAsync).WithTags("HR").RequireAuthorization(Policies.Hr)
            .WithSummary("Completion of the organization's supervisors by course, by unit and by month, beside the national figures (over all time, published as in the admin comparison: rounded to 5, fewer than 5 marked); courseId, unitId (with its sub-units) and from/to (days in Finland) narrow it.");
        app.MapGet("/api/hr/completions.csv", CsvAsync).WithTags("HR").RequireAuthorization(Policies.Hr)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The organization's supervisors' completions as CSV (UTF-8 with BOM; separator=semicolon for Finnish Excel), one row per person and course, streamed; the same filters as the dashboard, from/to limiting it to completions in those days.");
        // The same file for the dashboard page's link, which signs in with the cookie rather than a bearer token.
        app.MapGet("/hr/completions.csv", CsvAsync).RequireAuthorization(Policies.Hr).ExcludeFromDescription();
        app.MapGet("/api/hr/attendance", AttendanceAsync).WithTags("HR").RequireAuthorization(Policies.Hr)
            .WithSummary("Each webinar the organization's supervisors registered for or attended (from/to: its start, days in Finland): registered, attended, average minutes, how many reached the share that counts.");
        app.MapGet("/api/hr/supervisors/{userId:guid}", SupervisorAsync).WithTags("HR").RequireAuthorization(Policies.Hr)
            .WithSummary("One of the organization's supervisors: courses and progress, quiz results, certificates, webinars attended (minutes, share), assignments and reminders.");
        return app;
    }

    private static async Task<PushStreamHttpResult> CsvAsync(
        Guid? courseId, Guid? unitId, DateOnly? from, DateOnly? to, string? separator, HttpContext http, CompletionExport export)
    {
        if (separator is not (null or "comma" or "semicolon"))
        {
            throw RuleViolationException.InvalidFields([new FieldError("Separator", "SeparatorChoice")]);
        }

        var filter = new CompletionFilter(courseId, unitId, from, to);
        var scope = await export.CheckAsync(http.User, filter);
        return TypedResults.Stream(
            output => export.WriteAsync(scope, filter, separator == "semicolon" ? ';' : ',', output, http.RequestAborted),
            "text/csv; charset=utf-8",
            $"completions-{DateTime.UtcNow:yyyy-MM-dd}.csv");
    }

    private static async Task<Ok<IReadOnlyList<WebinarAttendanceSummary>>> AttendanceAsync(DateOnly? from, DateOnly? to, HttpContext http, AttendanceOverview overview) =>
        TypedResults.Ok(await overview.ForAsync(http.User, new CompletionFilter(From: from, To: to)));

    private static async Task<Results<Ok<SupervisorFileView>, NotFound>> SupervisorAsync(Guid userId, HttpContext http, SupervisorFile file) =>
        await file.ForAsync(http.User, userId) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound();

    private static async Task<Ok<CompletionDashboard>> DashboardAsync(Guid? courseId, Guid? unitId, DateOnly? from, DateOnly? to, HttpContext http, CompletionReport report) =>
        TypedResults.Ok(await report.ForAsync(http.User, new CompletionFilter(courseId, unitId, from, to)));
}
