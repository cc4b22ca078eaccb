using Orleans;
using Orleans.Concurrency;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// An academy node that holds connections of a webinar. The session grain tells every subscribed node each change
/// of the room; the node passes it on to its own connections, so an event costs one hop per node, not per attendee.
/// </summary>
public interface IWebinarRoomObserver : IGrainObserver
{
    /// <summary>One-way: a slow or dead node never holds up the session.</summary>
    [OneWay]
    Task Deliver(RoomDelivery delivery);
}

/// <summary>
/// One change for the nodes. <see cref="Event"/> is sequenced and whole (as facilitators see it): each node projects
/// it per audience with <see cref="RoomAudience"/>. The other parts are not sequenced, and sending one twice is harmless.
/// </summary>
/// <param name="Hands">The raised hands in order, for facilitators; <paramref name="HandOwner"/>, when set, also gets their own.</param>
/// <param name="LivePoll">The open poll's live results, for facilitators only.</param>
/// <param name="Muted">Someone a facilitator muted, to be told on whichever node they are.</param>
/// <param name="Hosts">Who hosts the webinar after its plan changed: anyone else in the facilitators' view (admins aside) leaves it.</param>
[GenerateSerializer, Immutable]
public sealed record RoomDelivery(
    SessionEvent? Event = null,
    int? AttendeeCount = null,
    IReadOnlyList<RaisedHand>? Hands = null,
    Guid? HandOwner = null,
    PollView? LivePoll = null,
    PersonMuted? Muted = null,
    IReadOnlyList<Guid>? Hosts = null);

[GenerateSerializer, Immutable]
public sealed record PersonMuted(Guid UserId, DateTime Until);
