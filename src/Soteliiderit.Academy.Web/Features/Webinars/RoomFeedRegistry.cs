using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Orleans;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>This node's <see cref="WebinarRoomFeed"/>s: one per webinar it holds connections of, closed with the last one.</summary>
public sealed class RoomFeedRegistry : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, WebinarRoomFeed> _feeds = new();
    private readonly SemaphoreSlim _openings = new(1, 1);
    private readonly IGrainFactory _grains;
    private readonly IHubContext<WebinarHub, IWebinarClient> _hub;
    private readonly PresenceBroadcast _presence;
    private readonly RoomMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<WebinarRoomFeed> _logger;

    public RoomFeedRegistry(IGrainFactory grains, IHubContext<WebinarHub, IWebinarClient> hub, PresenceBroadcast presence, RoomMetrics metrics, TimeProvider time, ILogger<WebinarRoomFeed> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        (_grains, _hub, _presence, _metrics, _time, _logger) = (grains, hub, presence, metrics, time, logger);
        metrics.ObserveRooms(() => _feeds.Values.Select(f => new Measurement<int>(f.Connections, new KeyValuePair<string, object?>("webinar", f.WebinarId))));
    }

    public int Count => _feeds.Count;

    /// <summary>
    /// The webinar's feed, held open for the connection until it leaves, and subscribed before this returns, so no
    /// change stored afterwards passes this node by.
    /// </summary>
    public async Task<WebinarRoomFeed> OpenAsync(Guid webinarId, string connectionId)
    {
        await _openings.WaitAsync();
        try
        {
            if (!_feeds.TryGetValue(webinarId, out var feed))
            {
                feed = new WebinarRoomFeed(webinarId, _grains, _hub, _presence, _metrics, _time, _logger);
                await feed.StartAsync();
                _feeds[webinarId] = feed;
            }

            feed.Hold(connectionId);
            return feed;
        }
        finally
        {
            _openings.Release();
        }
    }

    /// <summary>The connection leaves the webinar's feed; the feed closes when it held the node's last connection there.</summary>
    public async Task LeaveAsync(Guid webinarId, string connectionId)
    {
        await _openings.WaitAsync();
        try
        {
            if (_feeds.TryGetValue(webinarId, out var feed) && feed.Release(connectionId))
            {
                _feeds.TryRemove(webinarId, out _);
                await feed.DisposeAsync();
            }
        }
        finally
        {
            _openings.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var feed in _feeds.Values)
        {
            await feed.DisposeAsync();
        }

        _feeds.Clear();
        _openings.Dispose();
    }
}
