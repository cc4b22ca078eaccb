using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Utilities;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The nodes that hold connections of one webinar. Each renews its subscription every
/// <c>WebinarRoomFeed.Renewal</c>; a node that stops renewing (it died) is silent after <see cref="Expiry"/>, and
/// nobody vouches for its people any more. A re-activated grain starts with none and finds each node again at its
/// next renewal.
/// </summary>
public sealed class RoomSubscribers(ILogger logger, DateTime activatedAt)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(20);

    private readonly ObserverManager<IWebinarRoomObserver> _nodes = new(Expiry, logger);
    private readonly Dictionary<string, DateTime> _renewed = [];
    private readonly HashSet<string> _counted = [];

    /// <summary>How a node is named in <see cref="Participant.Node"/>: its subscription's identity.</summary>
    public static string KeyOf(IWebinarRoomObserver node) => node.GetGrainId().ToString();

    public void Subscribe(IWebinarRoomObserver node, DateTime now)
    {
        _nodes.Subscribe(node, node);
        _renewed[KeyOf(node)] = now;
    }

    public void Unsubscribe(IWebinarRoomObserver node)
    {
        _nodes.Unsubscribe(node);
        _renewed.Remove(KeyOf(node));
        _counted.Remove(KeyOf(node));
    }

    /// <summary>Whether the node told this activation who its people are.</summary>
    public bool Counts(IWebinarRoomObserver node) => _counted.Contains(KeyOf(node));

    public void Counted(IWebinarRoomObserver node) => _counted.Add(KeyOf(node));

    /// <summary>Whether the node has not renewed for longer than <see cref="Expiry"/> (or at all since this activation began).</summary>
    public bool IsSilent(string node, DateTime now) => (_renewed.TryGetValue(node, out var at) ? at : activatedAt) < now - Expiry;

    public Task Publish(RoomDelivery delivery) => _nodes.Notify(node => node.Deliver(delivery));
}
