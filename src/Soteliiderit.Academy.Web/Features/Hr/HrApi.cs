using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Hr;

public static class HrApi
{
    public static IEndpointRouteBuilder MapHrApi(this IEndpointRouteBuilder app)
    {
        var hr = app.MapGroup("/api/hr").WithTags("HR").RequireAuthorization(Policies.Hr);
        hr.MapGet("/supervisors", async (HttpContext context, SupervisorProgressReport report) =>
                TypedResults.Ok(await report.ForAsync(context.User, context.RequestAborted)))
            .WithSummary("The caller's own organization's supervisors and their status in each published course.");
        return app;
    }
}
