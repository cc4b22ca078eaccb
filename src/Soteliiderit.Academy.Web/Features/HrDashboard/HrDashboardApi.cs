using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

public static class HrDashboardApi
{
    public static IServiceCollection AddHrDashboard(this IServiceCollection services) =>
        services.AddScoped<CompletionReport>().AddScoped<SupervisorFile>().AddScoped<AttendanceOverview>();

    public static IEndpointRouteBuilder MapHrDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/hr/dashboard", DashboardAsync).WithTags("HR").RequireAuthorization(Policies.Hr)
            .WithSummary("Completion of the organization's supervisors by course, by unit and by month, beside the national figures; courseId, unitId (with its sub-units) and from/to (days in Finland) narrow it.");
        app.MapGet("/api/hr/attendance", AttendanceAsync).WithTags("HR").RequireAuthorization(Policies.Hr)
            .WithSummary("Each webinar the organization's supervisors registered for or attended (from/to: its start, days in Finland): registered, attended, average minutes, how many reached the share that counts.");
        app.MapGet("/api/hr/supervisors/{userId:guid}", SupervisorAsync).WithTags("HR").RequireAuthorization(Policies.Hr)
            .WithSummary("One of the organization's supervisors: courses and progress, quiz results, certificates, webinars attended (minutes, share), assignments and reminders.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<WebinarAttendanceSummary>>> AttendanceAsync(DateOnly? from, DateOnly? to, HttpContext http, AttendanceOverview overview) =>
        TypedResults.Ok(await overview.ForAsync(http.User, new CompletionFilter(From: from, To: to)));

    private static async Task<Results<Ok<SupervisorFileView>, NotFound>> SupervisorAsync(Guid userId, HttpContext http, SupervisorFile file) =>
        await file.ForAsync(http.User, userId) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound();

    private static async Task<Ok<CompletionDashboard>> DashboardAsync(Guid? courseId, Guid? unitId, DateOnly? from, DateOnly? to, HttpContext http, CompletionReport report) =>
        TypedResults.Ok(await report.ForAsync(http.User, new CompletionFilter(courseId, unitId, from, to)));
}
