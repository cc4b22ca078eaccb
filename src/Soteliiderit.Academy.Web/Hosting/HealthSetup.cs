using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Hosting;

public static class HealthSetup
{
    public static IServiceCollection AddAcademyHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database")
            .AddCheck<DataDirectoryCheck>("storage")
            .AddCheck<ClusterMembershipCheck>("cluster");
        return services;
    }

    /// <summary>
    /// GET /healthz: 200 when the database and the storage answer and this node is an active member of its cluster,
    /// 503 otherwise (listed in OpenAPI too); a load balancer sends nobody to a node that is not yet, or no longer, in.
    /// </summary>
    public static IEndpointRouteBuilder MapAcademyHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (HealthCheckService health, CancellationToken cancellationToken) =>
            {
                var report = await health.CheckHealthAsync(cancellationToken);
                var body = new HealthResponse(report.Status.ToString(), report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()));
                return report.Status == HealthStatus.Healthy
                    ? Results.Ok(body)
                    : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous()
            .WithTags("Health")
            .WithSummary("200 when the database and the storage answer and this node is an active cluster member, 503 otherwise.")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);

    private sealed class DatabaseCheck(IDbContextFactory<AcademyDbContext> databases) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }

    private sealed class DataDirectoryCheck(DataDirectory directory) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(Directory.Exists(directory.Path)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The data directory is missing."));
    }
}
