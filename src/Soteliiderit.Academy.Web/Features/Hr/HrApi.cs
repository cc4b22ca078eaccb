using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Hr;

public static class HrApi
{
    public static IEndpointRouteBuilder MapHrApi(this IEndpointRouteBuilder app)
    {
        var hr = app.MapGroup("/api/hr").WithTags("HR").RequireAuthorization(Policies.Hr);
        hr.MapGet("/supervisors", async (string? search, HttpContext context, SupervisorProgressReport report) =>
                TypedResults.Ok(await report.ForAsync(context.User, search, cancellationToken: context.RequestAborted)))
            .WithSummary("The caller's own organization's supervisors (optionally those whose name or e-mail contains search) and their status in each published course.");
        hr.MapPost("/supervisors/{userId:guid}/set-password-link", LinkAsync)
            .WithSummary("A one-time set-password link for one of the organization's own supervisors (a new one, or a forgotten password).");
        return app;
    }

    private static async Task<Results<Ok<Admin.SetPasswordLinkResponse>, NotFound>> LinkAsync(Guid userId, HttpContext context, HrScope scope, Admin.UserAccounts accounts) =>
        await scope.SupervisorAsync(context.User, userId) is { } supervisor
            ? TypedResults.Ok(new Admin.SetPasswordLinkResponse(await accounts.ReplacementSetPasswordLinkAsync(supervisor, context.Request)))
            : TypedResults.NotFound();
}
