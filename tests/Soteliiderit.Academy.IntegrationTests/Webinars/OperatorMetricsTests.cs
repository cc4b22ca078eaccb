using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>The academy with an OpenTelemetry collector beside it: a real OTLP/HTTP endpoint on a loopback port.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit 2 disposes a fixture through IAsyncLifetime; the receiver stops in DisposeAsync.")]
public sealed class MetricsExportApp : LiveAcademyApp
{
    public MetricsExportApp()
    {
        Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = Collector.Address.ToString();
        Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        Settings["OTEL_METRIC_EXPORT_INTERVAL"] = "500";
        Settings["Academy:Cluster:SiloPort"] = SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public int SiloPort { get; } = LoopbackPorts.Free();

    public OtlpCollector Collector { get; } = OtlpCollector.Start();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Collector.DisposeAsync();
    }
}

public sealed class OperatorMetricsTests(MetricsExportApp app) : IClassFixture<MetricsExportApp>
{
    [Fact]
    public async Task A_collector_gets_the_rooms_connections_people_fan_out_and_lag_and_the_grain_activations_under_the_nodes_own_name()
    {
        var webinar = await app.AddWebinarAsync();
        var connections = new List<RoomConnection>();
        // The room is busy while the collector waits: a facilitator comes in and says something after every export.
        async Task RoomActivityAsync()
        {
            var facilitator = await app.HubAs("facilitator@academy.test");
            connections.Add(facilitator);
            await facilitator.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
            try
            {
                await facilitator.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "Näkyykö tämä mittareissa?");
            }
            catch (HubException)
            {
                // The room's pace refused this one; the earlier messages were fanned out all the same.
            }
        }

        // Every node exports under a name of its own (machine and silo port): two nodes on one machine stay apart.
        string[] names =
        [
            "academy.webinar.events_fanned_out", "academy.webinar.joined_connections", "academy.webinar.joined_people", "academy.webinar.delivery_lag",
            "Microsoft.Orleans", "orleans-catalog-activations", "soteliiderit-academy", $"{Environment.MachineName}:{app.SiloPort}",
        ];
        var missing = await app.Collector.WaitForAsync(names, TimeSpan.FromSeconds(30), RoomActivityAsync);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        Assert.True(missing.Count == 0, $"Never reached the collector: {string.Join(", ", missing)} ({app.Collector.Describe()})");
    }
}

/// <summary>
/// The part of an OpenTelemetry collector the academy talks to: POST /v1/metrics with an OTLP protobuf body. Names
/// of meters and instruments are plain UTF-8 strings inside it, which is all the test reads.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly StringBuilder _received = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private OtlpCollector(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static OtlpCollector Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        OtlpCollector? collector = null;
        app.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector!.Received(Encoding.UTF8.GetString(body.ToArray()));
            // An empty ExportMetricsServiceResponse: everything accepted.
            return Results.Bytes([], "application/x-protobuf");
        });
        app.StartAsync().GetAwaiter().GetResult();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        collector = new OtlpCollector(app, address);
        return collector;
    }

    /// <summary>
    /// Waits until every name has arrived in some export, doing <paramref name="meanwhile"/> first and again after each
    /// export that lacked one; returns the names that had not arrived within <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(IReadOnlyList<string> names, TimeSpan limit, Func<Task> meanwhile)
    {
        ArgumentNullException.ThrowIfNull(meanwhile);
        using var deadline = new CancellationTokenSource(limit);
        while (true)
        {
            await meanwhile();
            Task next;
            List<string> missing;
            lock (_gate)
            {
                var text = _received.ToString();
                missing = [.. names.Where(n => !text.Contains(n, StringComparison.Ordinal))];
                next = _arrived.Task;
            }

            if (missing.Count == 0)
            {
                return missing;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return missing;
            }
        }
    }

    public string Describe()
    {
        lock (_gate)
        {
            return _received.Length == 0 ? "nothing" : $"{_received.Length} characters of exports";
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Received(string export)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _received.Append(export);
            arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.SetResult();
    }
}
