using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The nodes that hold connections of one webinar. Each renews its subscription every
/// <c>WebinarRoomFeed.Renewal</c>; a node that stops renewing (it died) is forgotten after <see cref="Expiry"/>.
/// A re-activated grain starts with none and finds each node again at its next renewal.
/// </summary>
public sealed class RoomSubscribers(ILogger logger)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(20);

    private readonly ObserverManager<IWebinarRoomObserver> _nodes = new(Expiry, logger);

    public void Subscribe(IWebinarRoomObserver node) => _nodes.Subscribe(node, node);

    public void Unsubscribe(IWebinarRoomObserver node) => _nodes.Unsubscribe(node);

    public Task Publish(RoomDelivery delivery) => _nodes.Notify(node => node.Deliver(delivery));
}
