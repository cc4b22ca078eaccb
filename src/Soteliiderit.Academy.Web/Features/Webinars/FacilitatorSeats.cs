using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// The connections sitting in a webinar's facilitators' group. When a changed plan drops a co-facilitator, their open
/// connections move to the attendees' group at once: pending questions, anonymous askers' names and live poll
/// results stop reaching them without waiting for them to reconnect.
/// </summary>
public sealed class FacilitatorSeats(IHubContext<WebinarHub, IWebinarClient> hub)
{
    private readonly ConcurrentDictionary<(string ConnectionId, Guid WebinarId), Participant> _seats = new();

    public void Take(string connectionId, Guid webinarId, Participant who) => _seats[(connectionId, webinarId)] = who;

    public void Leave(string connectionId, Guid webinarId) => _seats.TryRemove((connectionId, webinarId), out _);

    /// <summary>Moves the connections of those who no longer host the webinar (admins always do) to the attendees.</summary>
    public async Task DemoteAsync(Guid webinarId, Func<Guid, Task<bool>> stillHosts)
    {
        ArgumentNullException.ThrowIfNull(stillHosts);
        foreach (var ((connectionId, _), who) in _seats.Where(s => s.Key.WebinarId == webinarId && !s.Value.IsAdmin).ToList())
        {
            if (await stillHosts(who.UserId))
            {
                continue;
            }

            await hub.Groups.AddToGroupAsync(connectionId, WebinarGroups.Attendees(webinarId));
            await hub.Groups.RemoveFromGroupAsync(connectionId, WebinarGroups.Facilitators(webinarId));
            Leave(connectionId, webinarId);
        }
    }
}
