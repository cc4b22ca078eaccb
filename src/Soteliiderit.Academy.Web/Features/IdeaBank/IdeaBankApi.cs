using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.IdeaBank;

public static class IdeaBankApi
{
    public static IServiceCollection AddIdeaBank(this IServiceCollection services)
    {
        services.AddScoped<IdeaCatalogue>();
        services.AddScoped<Recommendations>();
        return services;
    }

    public static IEndpointRouteBuilder MapIdeaBankApi(this IEndpointRouteBuilder app)
    {
        var hr = app.MapGroup("/api/hr").WithTags("Idea bank").RequireAuthorization(Policies.Hr);
        hr.MapGet("/ideas", BrowseAsync).WithSummary("The catalogue HR may recommend from: published courses and materials, coming webinars and recorded ones; search words and a kind narrow it.");
        hr.MapGet("/recommendations", SentAsync).WithSummary("The organization's recommendations, newest first, each with how many it reached and how many dismissed it.");
        hr.MapPost("/recommendations", RecommendAsync).WithSummary("Recommend a course, material or webinar with a short note to one supervisor, a list of addresses, a unit (with or without its sub-units) or everyone.");
        hr.MapDelete("/recommendations/{id:guid}", WithdrawAsync).WithSummary("Take a recommendation back from everyone.");

        var mine = app.MapGroup("/api/recommendations").WithTags("Idea bank").RequireAuthorization();
        mine.MapGet("/mine", MineAsync).WithSummary("What HR recommended to the caller and they have not dismissed, newest first.");
        mine.MapDelete("/mine/{id:guid}", DismissAsync).WithSummary("Dismiss a recommendation from the caller's dashboard.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<Idea>>> BrowseAsync(string? search, RecommendedItem? kind, IdeaCatalogue catalogue) =>
        TypedResults.Ok(await catalogue.BrowseAsync(search, kind));

    private static async Task<Ok<IReadOnlyList<RecommendationSummary>>> SentAsync(HttpContext http, Recommendations recommendations) =>
        TypedResults.Ok(await recommendations.SentAsync(http.User));

    private static async Task<Created<RecommendationOutcome>> RecommendAsync(RecommendationInput input, HttpContext http, Recommendations recommendations)
    {
        var outcome = await recommendations.RecommendAsync(http.User, input);
        return TypedResults.Created($"/api/hr/recommendations/{outcome.Recommendation.Id}", outcome);
    }

    private static async Task<Results<NoContent, NotFound>> WithdrawAsync(Guid id, HttpContext http, Recommendations recommendations) =>
        await recommendations.WithdrawAsync(http.User, id) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<MyRecommendation>>> MineAsync(HttpContext http, Recommendations recommendations) =>
        TypedResults.Ok(await recommendations.MineAsync(http.User.UserId()));

    private static async Task<Results<NoContent, NotFound>> DismissAsync(Guid id, HttpContext http, Recommendations recommendations) =>
        await recommendations.DismissAsync(http.User.UserId(), id) ? TypedResults.NoContent() : TypedResults.NotFound();
}
