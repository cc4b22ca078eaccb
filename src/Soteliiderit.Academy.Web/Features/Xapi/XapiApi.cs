using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Xapi;

public static class XapiApi
{
    /// <summary>Who may read learning records: admins (everyone's) and HR (its own organization's supervisors).</summary>
    public const string Readers = "XapiReaders";

    public static IServiceCollection AddXapi(this IServiceCollection services)
    {
        services.AddScoped<XapiStatements>();
        services.AddAuthorizationBuilder().AddPolicy(Readers, policy => policy.RequireRole(Roles.Admin, Roles.Hr));
        return services;
    }

    public static IEndpointRouteBuilder MapXapiApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/xapi/statements", StatementsAsync).WithTags("xAPI").RequireAuthorization(Readers)
            .WithSummary("Completed lessons, passed quizzes, completed courses and attended webinars as xAPI 1.0.3 statements, by stored time: since (exclusive), until, limit (1–500, default 100); more is the next page. HR: own organization; admins: all.");
        return app;
    }

    private static async Task<Ok<XapiStatementResult>> StatementsAsync(
        DateTime? since, DateTime? until, int? limit, string? after, HttpContext http, XapiStatements statements, SiteAddress site)
    {
        var result = await statements.ListAsync(http.User, new XapiQuery(Utc(since), Utc(until), limit, after), site.For(http.Request), http.Request.Path);
        http.Response.Headers["X-Experience-API-Version"] = "1.0.3";
        return TypedResults.Ok(result);
    }

    /// <summary>A moment without a zone is taken as UTC, as the stored times are.</summary>
    private static DateTime? Utc(DateTime? moment) => moment?.Kind switch
    {
        DateTimeKind.Local => moment.Value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(moment.Value, DateTimeKind.Utc),
        _ => moment,
    };
}
