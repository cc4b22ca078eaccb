using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// Healthy only while this node is an active member of its cluster: a node still joining, shutting down or declared
/// dead by the others gets no traffic from the load balancer, because its grain calls would wait or fail.
/// </summary>
internal sealed class ClusterMembershipCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"This node is not (or no longer) an active member of its cluster: {status}."));
    }
}
