using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Certificates;

public static class CertificatesApi
{
    public static IServiceCollection AddCertificates(this IServiceCollection services) => services.AddScoped<CertificateLookup>();

    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        var certificates = app.MapGroup("/api/certificates").WithTags("Certificates");
        certificates.MapGet("/{certificateId:guid}", OwnAsync).WithSummary("One of the caller's own certificates.");
        certificates.MapGet("/verification/{code}", VerifyAsync)
            .AllowAnonymous()
            .RequireRateLimiting(ApiSetup.CertificateLookups)
            .WithSummary("Check a certificate's verification code; public and rate-limited.");
        return app;
    }

    private static async Task<Results<Ok<CertificateView>, NotFound>> OwnAsync(Guid certificateId, HttpContext context, CertificateLookup lookup) =>
        await lookup.OwnAsync(certificateId, context.User.UserId()) is { } certificate ? TypedResults.Ok(certificate) : TypedResults.NotFound();

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> VerifyAsync(string code, HttpContext context, CertificateLookup lookup) =>
        await lookup.ByCodeAsync(code) is { } certificate
            ? TypedResults.Ok(certificate)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: ApiSetup.Localized(context, "Verify.NotFound"));
}
