using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Comparison;

public static class ComparisonApi
{
    public static IServiceCollection AddComparison(this IServiceCollection services) => services.AddScoped<OrganizationComparison>().AddSingleton<PublishedFiguresCache>();

    public static IEndpointRouteBuilder MapComparisonApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/comparison", async (Guid? courseId, OrganizationComparison comparison) => TypedResults.Ok(await comparison.ForAsync(courseId)))
            .WithTags("Admin").RequireAuthorization(Policies.Admin)
            .WithSummary("Every organization's completion and webinar attendance beside the national figures, over all time, one course or all (courseId). No person is in it: each count is rounded to 5, 1–4 people are marked fewerThanFive, and totals are sums of the published counts.");
        return app;
    }
}
