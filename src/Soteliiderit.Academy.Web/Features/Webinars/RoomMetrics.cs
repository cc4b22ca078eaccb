using System.Diagnostics.Metrics;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// What an operator running a national webinar watches on each node (meter <see cref="MeterName"/>, read with
/// dotnet-counters or exported with OpenTelemetry): the people this node holds per webinar, the events it passed on,
/// how long after being stored an event left this node, and hub calls that failed.
/// </summary>
public sealed class RoomMetrics
{
    public const string MeterName = "Soteliiderit.Academy.Webinars";

    private readonly Counter<long> _fannedOut;
    private readonly Histogram<double> _lag;
    private readonly Counter<long> _failedCalls;
    private Func<IEnumerable<Measurement<int>>> _joined = () => [];
    private Func<IEnumerable<Measurement<int>>> _people = () => [];

    public RoomMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _fannedOut = meter.CreateCounter<long>("academy.webinar.events_fanned_out", "{event}", "Sequenced events this node passed on to its connections of a webinar.");
        _lag = meter.CreateHistogram<double>("academy.webinar.delivery_lag", "ms", "From an event being stored to this node sending it to its connections.");
        _failedCalls = meter.CreateCounter<long>("academy.webinar.failed_grain_calls", "{call}", "Hub calls whose grain call failed in a failover (answered with try again).");
        meter.CreateObservableGauge("academy.webinar.joined_connections", () => _joined(), "{connection}", "Connections this node holds in each webinar's room.");
        meter.CreateObservableGauge("academy.webinar.joined_people", () => _people(), "{person}", "People let into each webinar's room on this node (each once, however many tabs).");
    }

    /// <summary>Where the gauges of joined connections and people read from (the node's feeds).</summary>
    public void ObserveRooms(Func<IEnumerable<Measurement<int>>> connections, Func<IEnumerable<Measurement<int>>> people) =>
        (_joined, _people) = (connections, people);

    public void Delivered(Guid webinarId, TimeSpan lag)
    {
        var webinar = new KeyValuePair<string, object?>("webinar", webinarId);
        _fannedOut.Add(1, webinar);
        _lag.Record(lag.TotalMilliseconds, webinar);
    }

    public void CallFailed(string method) => _failedCalls.Add(1, new KeyValuePair<string, object?>("method", method));
}
