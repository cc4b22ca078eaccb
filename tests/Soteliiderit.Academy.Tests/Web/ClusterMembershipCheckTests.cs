using System.Collections.Immutable;
using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NSubstitute;
using Orleans.Runtime;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Tests.Web;

public sealed class ClusterMembershipCheckTests
{
    private static readonly SiloAddress ThisNode = SiloAddress.New(new IPEndPoint(IPAddress.Parse("10.0.0.11"), 11111), 1);

    [Theory]
    [InlineData(SiloStatus.Joining)]
    [InlineData(SiloStatus.ShuttingDown)]
    [InlineData(SiloStatus.Dead)]
    public async Task A_node_that_is_not_yet_or_no_longer_an_active_member_tells_the_load_balancer_it_is_unhealthy(SiloStatus status)
    {
        var result = await CheckAsync(status);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains(status.ToString(), result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_active_member_is_healthy()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(SiloStatus.Active)).Status);
    }

    private static Task<HealthCheckResult> CheckAsync(SiloStatus status)
    {
        var membership = Substitute.For<IClusterMembershipService>();
        membership.CurrentSnapshot.Returns(new ClusterMembershipSnapshot(
            ImmutableDictionary<SiloAddress, ClusterMember>.Empty.Add(ThisNode, new ClusterMember(ThisNode, status, "node-1")),
            new MembershipVersion(7)));
        var silo = Substitute.For<ILocalSiloDetails>();
        silo.SiloAddress.Returns(ThisNode);
        return new ClusterMembershipCheck(membership, silo).CheckHealthAsync(new HealthCheckContext());
    }
}
