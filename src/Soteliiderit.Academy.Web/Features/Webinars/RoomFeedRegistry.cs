using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Orleans;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>This node's <see cref="WebinarRoomFeed"/>s: one per webinar it holds connections of, closed with the last one.</summary>
public sealed class RoomFeedRegistry(
    IGrainFactory grains,
    IHubContext<WebinarHub, IWebinarClient> hub,
    PresenceBroadcast presence,
    TimeProvider time,
    ILogger<WebinarRoomFeed> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, WebinarRoomFeed> _feeds = new();
    private readonly SemaphoreSlim _openings = new(1, 1);

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
                feed = new WebinarRoomFeed(webinarId, grains, hub, presence, time, logger);
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
