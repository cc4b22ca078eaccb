using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// Sends a webinar's attendee count at most about once a second: when a thousand people join in the first
/// minute, each of them gets a handful of count updates, not a thousand.
/// </summary>
public sealed class PresenceBroadcast(IHubContext<WebinarHub, IWebinarClient> hub, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Guid, int> _latest = new();
    private readonly ConcurrentDictionary<Guid, byte> _scheduled = new();

    public void Changed(Guid webinarId, int attendeeCount)
    {
        _latest[webinarId] = attendeeCount;
        if (_scheduled.TryAdd(webinarId, 0))
        {
            _ = SendLaterAsync(webinarId);
        }
    }

    private async Task SendLaterAsync(Guid webinarId)
    {
        await Task.Delay(Interval, time);
        _scheduled.TryRemove(webinarId, out _);
        if (_latest.TryGetValue(webinarId, out var count))
        {
            await hub.Clients.Groups(WebinarGroups.Everyone(webinarId)).Presence(count);
        }
    }
}
