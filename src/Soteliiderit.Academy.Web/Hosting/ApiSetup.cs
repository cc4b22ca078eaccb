using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;

namespace Soteliiderit.Academy.Web.Hosting;

public static class ApiSetup
{
    public const string CertificateLookups = "certificate-lookups";
    public const string SignIns = "sign-ins";
    public const string UploadBlocks = "upload-blocks";

    /// <summary>
    /// Blocks one person may have on their way at once: the page's three, in two tabs. Each holds a block's
    /// buffer while its bytes come, so a slow or hostile sender cannot pin more than this much memory.
    /// </summary>
    public const int UploadBlocksAtOnce = 6;

    public static IServiceCollection AddAcademyApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<RuleViolationProblemHandler>();
        services.AddExceptionHandler<BadRequestProblemHandler>();
        services.AddOpenApi();
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A body missing what the contract requires is a 400, not a half-filled object.
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Guessing a 100-bit code is hopeless anyway; this keeps anyone from trying at scale.
            options.AddPolicy(CertificateLookups, context => PerClient(context, permitsPerMinute: 20));
            // Counts sign-in attempts only, generously: a whole municipality may sign in from one address as a
            // webinar starts. Guessing one account's password is stopped by the lockout instead.
            options.AddPolicy(SignIns, context => HttpMethods.IsPost(context.Request.Method)
                ? PerClient(context, permitsPerMinute: 300)
                : RateLimitPartition.GetNoLimiter("reading"));
            options.AddPolicy(UploadBlocks, context => RateLimitPartition.GetConcurrencyLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
                _ => new ConcurrencyLimiterOptions { PermitLimit = UploadBlocksAtOnce, QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Detail = Localized(context.HttpContext, "Errors.TooManyRequests") },
                });
            };
        });
        return services;
    }

    /// <summary>A message in the request's language, for places outside pages and endpoints.</summary>
    public static string Localized(HttpContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var localizer = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        using var _ = RequestCultureScope.Enter(context);
        return localizer[key];
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
