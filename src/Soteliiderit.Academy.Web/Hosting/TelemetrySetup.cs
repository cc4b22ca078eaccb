using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Web.Hosting;

public static class TelemetrySetup
{
    /// <summary>Meters an operator watches: the live rooms', the grains' (Orleans), the hub's connections (SignalR), requests.</summary>
    public static readonly string[] Meters =
    [
        RoomMetrics.MeterName,
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
    ];

    /// <summary>
    /// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set (and the other standard OTEL_ settings: protocol, headers, export
    /// interval), the meters go to that OpenTelemetry collector, each node under its own instance id. Without it
    /// nothing is exported and the same meters can be read on a node with dotnet-counters.
    /// </summary>
    public static WebApplicationBuilder AddAcademyTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("soteliiderit-academy", serviceInstanceId: NodeName(builder.Configuration)))
            .WithMetrics(metrics => metrics.AddMeter(Meters))
            .UseOtlpExporter();
        return builder;
    }

    /// <summary>The node as operators tell it apart: its machine and silo port, since two nodes may share a machine.</summary>
    public static string NodeName(IConfiguration configuration)
    {
        var cluster = configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        return $"{Environment.MachineName}:{cluster.SiloPort}";
    }
}
