using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Orleans;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// This node's <see cref="WebinarRoomFeed"/>s: one per webinar it holds connections of, closed with the last one.
/// A feed starts (subscribes to its grain) outside the registry's lock, so a webinar whose grain is moving after a
/// node died holds up only its own joiners, not everyone joining other webinars on this node.
/// </summary>
public sealed class RoomFeedRegistry : IAsyncDisposable
{
    private readonly Dictionary<Guid, Room> _rooms = [];
    private readonly Lock _sync = new();
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
        metrics.ObserveRooms(Joined, JoinedPeople);
    }

    /// <summary>
    /// The webinar's feed, held open for the connection until it leaves, and subscribed before this returns, so no
    /// change stored afterwards passes this node by.
    /// </summary>
    public async Task<WebinarRoomFeed> OpenAsync(Guid webinarId, string connectionId)
    {
        Room room;
        lock (_sync)
        {
            if (!_rooms.TryGetValue(webinarId, out room!))
            {
                room = new Room(new Lazy<Task<WebinarRoomFeed>>(() => StartAsync(webinarId)));
                _rooms[webinarId] = room;
            }

            room.Connections.Add(connectionId);
        }

        try
        {
            return await room.Feed.Value;
        }
        catch
        {
            // A feed that could not subscribe is not kept: the next joiner tries afresh.
            await LeaveAsync(webinarId, connectionId);
            throw;
        }
    }

    /// <summary>The last sequence this node passed on in the webinar (0 when it holds no feed of it).</summary>
    public long DeliveredIn(Guid webinarId)
    {
        lock (_sync)
        {
            return _rooms.TryGetValue(webinarId, out var room) && room.Feed.IsValueCreated && room.Feed.Value.IsCompletedSuccessfully
                ? room.Feed.Value.Result.Delivered
                : 0;
        }
    }

    /// <summary>The connection leaves the webinar's feed; the feed closes when it held the node's last connection there.</summary>
    public async Task LeaveAsync(Guid webinarId, string connectionId)
    {
        Room? emptied = null;
        lock (_sync)
        {
            if (_rooms.TryGetValue(webinarId, out var room) && room.Connections.Remove(connectionId))
            {
                if (room.Feed.IsValueCreated && room.Feed.Value.IsCompletedSuccessfully)
                {
                    room.Feed.Value.Result.Forget(connectionId);
                }

                if (room.Connections.Count == 0)
                {
                    _rooms.Remove(webinarId);
                    emptied = room;
                }
            }
        }

        if (emptied is not null)
        {
            await CloseAsync(emptied);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Room> rooms;
        lock (_sync)
        {
            rooms = [.. _rooms.Values];
            _rooms.Clear();
        }

        foreach (var room in rooms)
        {
            await CloseAsync(room);
        }
    }

    private async Task<WebinarRoomFeed> StartAsync(Guid webinarId)
    {
        var feed = new WebinarRoomFeed(webinarId, _grains, _hub, _presence, _metrics, _time, _logger);
        await feed.StartAsync();
        return feed;
    }

    private static async Task CloseAsync(Room room)
    {
        var starting = room.Feed.Value;
        if (!starting.IsCompleted)
        {
            // Still subscribing (its grain is moving): it closes once it has, holding nobody up meanwhile.
            _ = starting.ContinueWith(started => started.Result.DisposeAsync().AsTask(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
            return;
        }

        if (starting.IsCompletedSuccessfully)
        {
            await starting.Result.DisposeAsync();
        }
    }

    private IEnumerable<Measurement<int>> Joined()
    {
        lock (_sync)
        {
            return [.. _rooms.Select(r => new Measurement<int>(r.Value.Connections.Count, new KeyValuePair<string, object?>("webinar", r.Key)))];
        }
    }

    private IEnumerable<Measurement<int>> JoinedPeople()
    {
        lock (_sync)
        {
            return
            [
                .. _rooms.Where(r => r.Value.Feed.IsValueCreated && r.Value.Feed.Value.IsCompletedSuccessfully)
                    .Select(r => new Measurement<int>(r.Value.Feed.Value.Result.People, new KeyValuePair<string, object?>("webinar", r.Key))),
            ];
        }
    }

    /// <summary>One webinar on this node: its feed (started once) and the connections holding it open, guarded by the registry's lock.</summary>
    private sealed record Room(Lazy<Task<WebinarRoomFeed>> Feed)
    {
        public HashSet<string> Connections { get; } = [];
    }
}
