using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Orleans;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// This node's subscription to one webinar's session grain. Every change reaches the node once, and goes on to the
/// node's own connections of the webinar, each audience seeing what <see cref="RoomAudience"/> lets it see. Sequenced
/// events go out in order: one already delivered is dropped, and a gap (a lost message, a grain that moved) is filled
/// from the grain first. The subscription is renewed every <see cref="Renewal"/>, so a grain that re-activated on
/// another node finds this one again, and whatever it stored meanwhile is fetched then.
/// </summary>
public sealed partial class WebinarRoomFeed(
    Guid webinarId,
    IGrainFactory grains,
    IHubContext<WebinarHub, IWebinarClient> hub,
    PresenceBroadcast presence,
    RoomMetrics metrics,
    TimeProvider time,
    ILogger logger) : IWebinarRoomObserver, IAsyncDisposable
{
    /// <summary>
    /// Short, because a renewal is also how this node finds a session grain that re-activated on another node after
    /// its own died, and gets what it stored meanwhile: one small call per webinar and node every two seconds.
    /// </summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(2);

    /// <summary>Recent events kept to bring a just-admitted connection up to date without asking the grain.</summary>
    private const int Kept = 200;

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Queue<SessionEvent> _recent = new();

    /// <summary>The connections this node let in, as the grain knows them (what the node vouches for when the grain moved), and which audience each is in.</summary>
    private readonly ConcurrentDictionary<string, (Participant Who, bool Hosting)> _admitted = new();
    private ITimer? _renewal;
    private long _delivered;
    private int _renewing;

    /// <summary>Set inside the turn: before it, what arrives is older than the joiners' snapshots; after closing, nobody is left.</summary>
    private bool _started;
    private bool _closed;

    public Guid WebinarId { get; } = webinarId;

    /// <summary>The last sequence this node passed on to its connections.</summary>
    public long Delivered => Volatile.Read(ref _delivered);

    /// <summary>The people this node let in, each once however many of their connections it holds.</summary>
    public int People => _admitted.Values.Select(a => a.Who.UserId).Distinct().Count();

    /// <summary>This feed as the grain knows it (an observer reference), once started.</summary>
    public IWebinarRoomObserver? Reference { get; private set; }

    private IWebinarSessionGrain Session => grains.GetGrain<IWebinarSessionGrain>(WebinarId.ToString());

    public async Task StartAsync()
    {
        Reference = grains.CreateObjectReference<IWebinarRoomObserver>(this);
        try
        {
            var subscription = await Session.Subscribe(Reference);
            await _turn.WaitAsync();
            _delivered = Math.Max(_delivered, subscription.LastSequence);
            _started = true;
            _turn.Release();
        }
        catch
        {
            grains.DeleteObjectReference<IWebinarRoomObserver>(Reference);
            throw;
        }

        _renewal = time.CreateTimer(_ => _ = RenewAsync(), null, Renewal, Renewal);
    }

    public Task Deliver(RoomDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return delivery.Event is { } change ? DeliverInOrderAsync(change) : SendUnsequencedAsync(delivery);
    }

    /// <summary>
    /// A connection whose Join was admitted starts getting the room's traffic. A node still behind the joiner's
    /// snapshot (its grain just moved) first catches up for the room, so the joiner does not get again what the
    /// snapshot held; whatever this node delivered after the snapshot goes to that connection alone first, so
    /// nothing falls between the two. <paramref name="stillJoining"/> says, once it is the joiner's turn, whether
    /// their Join is still waiting for this.
    /// </summary>
    public async Task AdmitAsync(string connectionId, Participant who, SessionSnapshot snapshot, Func<bool>? stillJoining = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(snapshot);
        await _turn.WaitAsync();
        try
        {
            if (_delivered < snapshot.LastSequence)
            {
                await FillAsync();
            }

            if (stillJoining?.Invoke() == false)
            {
                // The hub's time limit answered "try again" while this waited: that Join is over, nobody is let in.
                return;
            }

            var group = snapshot.IsFacilitator ? WebinarGroups.Facilitators(WebinarId) : WebinarGroups.Attendees(WebinarId);
            await hub.Groups.AddToGroupAsync(connectionId, group);
            _admitted[connectionId] = (who, snapshot.IsFacilitator);
            if (stillJoining?.Invoke() == false)
            {
                // The Join was given up while the connection went in: its leaving may already have run, so undo here.
                _admitted.TryRemove(connectionId, out _);
                await hub.Groups.RemoveFromGroupAsync(connectionId, group);
                return;
            }
            if (_delivered <= snapshot.LastSequence)
            {
                return;
            }

            var missed = _recent.Count > 0 && _recent.Peek().Sequence <= snapshot.LastSequence + 1
                ? [.. _recent.Where(e => e.Sequence > snapshot.LastSequence && e.Sequence <= _delivered)]
                : (await Session.EventsAfter(snapshot.LastSequence)).Where(e => e.Sequence <= _delivered).ToList();
            foreach (var change in missed)
            {
                if (RoomAudience.For(change, snapshot.IsFacilitator, who.UserId) is { } seen)
                {
                    await SendAsync(hub.Clients.Client(connectionId), seen);
                }
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>The connection left the room (or never got in): this node no longer vouches for it.</summary>
    public void Forget(string connectionId) => _admitted.TryRemove(connectionId, out _);

    public async ValueTask DisposeAsync()
    {
        // A delivery or fill still waiting for the turn finds the feed closed and sends nothing after a newer feed opened.
        await _turn.WaitAsync();
        _closed = true;
        _turn.Release();
        if (_renewal is not null)
        {
            await _renewal.DisposeAsync();
        }

        if (Reference is not null)
        {
            try
            {
                await Session.Unsubscribe(Reference);
            }
#pragma warning disable CA1031 // The grain forgets a node that stops renewing anyway; leaving must not fail the caller.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogUnsubscribeFailed(ex, WebinarId);
            }

            grains.DeleteObjectReference<IWebinarRoomObserver>(Reference);
        }
    }

    private async Task DeliverInOrderAsync(SessionEvent change)
    {
        await _turn.WaitAsync();
        try
        {
            if (!_started || _closed || change.Sequence <= _delivered)
            {
                return;
            }

            if (change.Sequence == _delivered + 1)
            {
                PassOn(change);
                return;
            }

            await FillAsync();
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Inside the turn: everything the grain stored after what this node delivered, in order.</summary>
    private async Task FillAsync()
    {
        if (_closed)
        {
            return;
        }

        foreach (var change in await Session.EventsAfter(_delivered))
        {
            if (change.Sequence > _delivered)
            {
                PassOn(change);
            }
        }
    }

    private void PassOn(SessionEvent change)
    {
        _delivered = change.Sequence;
        _recent.Enqueue(change);
        if (_recent.Count > Kept)
        {
            _recent.Dequeue();
        }

        // Counted first: whoever sees the send (an operator's dashboard, a test) finds it counted.
        metrics.Delivered(WebinarId, time.GetUtcNow().UtcDateTime - change.At);
        SendToRoom(change);
    }

    private async Task RenewAsync()
    {
        // During a failover a renewal can wait long for its answer; the next tick does not pile another on it.
        if (Interlocked.Exchange(ref _renewing, 1) == 1)
        {
            return;
        }

        try
        {
            var subscription = await Session.Subscribe(Reference!);
            if (!subscription.CountsNode)
            {
                // The grain re-activated: the people who stayed connected here are counted again, their attendance going on.
                await Session.Vouch(Reference!, [.. _admitted.Values.Select(a => a.Who)]);
            }

            if (subscription.LastSequence > Volatile.Read(ref _delivered))
            {
                await _turn.WaitAsync();
                try
                {
                    await FillAsync();
                }
                finally
                {
                    _turn.Release();
                }
            }
        }
        catch (ObjectDisposedException)
        {
            // The feed closed while the renewal was on its way.
        }
#pragma warning disable CA1031 // A failed renewal is tried again at the next one; the room goes on meanwhile.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRenewalFailed(ex, WebinarId);
        }
        finally
        {
            Volatile.Write(ref _renewing, 0);
        }
    }

    /// <summary>
    /// Each audience gets what RoomAudience lets it see, as the join snapshot does. The sends start here, in order,
    /// inside the turn, and finish outside it: every connection's writes keep their order, and one phone on a slow
    /// network does not hold up the room for everyone else on this node.
    /// </summary>
    private void SendToRoom(SessionEvent change)
    {
        var facilitators = hub.Clients.Group(WebinarGroups.Facilitators(WebinarId));
        var attendees = hub.Clients.Group(WebinarGroups.Attendees(WebinarId));
        var sends = new List<Task>(2) { SendAsync(facilitators, change) };
        if (change.Question is { } question)
        {
            sends.Add(RoomAudience.ForAttendees(question) is { } seen
                ? SendAsync(attendees, change with { Question = seen })
                : SendAsync(Person(question.AuthorId!.Value), change with { Question = RoomAudience.ForAsker(question) }));
        }
        else
        {
            sends.Add(SendAsync(attendees, change.Poll is { } poll ? change with { Poll = RoomAudience.ForAttendees(poll) } : change));
        }

        _ = ObserveAsync(Task.WhenAll(sends));
    }

    private async Task ObserveAsync(Task sends)
    {
        try
        {
            await sends;
        }
#pragma warning disable CA1031 // A connection that went away meanwhile is SignalR's to clean up; the room goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSendFailed(ex, WebinarId);
        }
    }

    private async Task SendUnsequencedAsync(RoomDelivery delivery)
    {
        if (delivery.AttendeeCount is { } count)
        {
            presence.Changed(WebinarId, count);
        }

        if (delivery.Hands is { } queue)
        {
            await hub.Clients.Group(WebinarGroups.Facilitators(WebinarId)).Hand(queue);
            if (delivery.HandOwner is { } owner)
            {
                await Person(owner).Hand([.. queue.Where(h => h.UserId == owner)]);
            }
        }

        if (delivery.Muted is { } muted)
        {
            await Person(muted.UserId).Muted(muted.Until);
        }

        if (delivery.Hosts is { } hosts)
        {
            // In the turn, so an admission and a demotion do not interleave.
            await _turn.WaitAsync();
            try
            {
                await SeatHostsAsync(hosts);
            }
            finally
            {
                _turn.Release();
            }
        }

        if (delivery.LivePoll is { } live)
        {
            // Live results are the facilitators' only; the change is not sequenced (the votes are stored all the same).
            await hub.Clients.Group(WebinarGroups.Facilitators(WebinarId)).Poll(new SessionEvent(0, WebinarEventKind.Poll, time.GetUtcNow().UtcDateTime, Poll: live));
        }
    }

    /// <summary>
    /// After a plan change, a co-facilitator taken off it moves to the attendees' group at once on this node: pending
    /// questions, anonymous askers' names and live poll results stop reaching them without waiting for a reconnect.
    /// Admins always facilitate.
    /// </summary>
    private async Task SeatHostsAsync(IReadOnlyList<Guid> hosts)
    {
        foreach (var (connectionId, (who, _)) in _admitted.Where(a => a.Value.Hosting && !a.Value.Who.IsAdmin && !hosts.Contains(a.Value.Who.UserId)).ToList())
        {
            if (!_admitted.TryUpdate(connectionId, (who, false), (who, true)))
            {
                // It left meanwhile.
                continue;
            }

            await hub.Groups.AddToGroupAsync(connectionId, WebinarGroups.Attendees(WebinarId));
            await hub.Groups.RemoveFromGroupAsync(connectionId, WebinarGroups.Facilitators(WebinarId));
        }
    }

    /// <summary>
    /// One person's connections on this node that were let into this webinar; not their other tabs (another webinar,
    /// a Join still pending or refused), which must not hear of this room.
    /// </summary>
    private IWebinarClient Person(Guid userId) =>
        hub.Clients.Clients([.. _admitted.Where(a => a.Value.Who.UserId == userId).Select(a => a.Key)]);

    private static Task SendAsync(IWebinarClient client, SessionEvent change) => change.Kind switch
    {
        WebinarEventKind.Chat => client.Chat(change),
        WebinarEventKind.MessageDeleted => client.MessageDeleted(change),
        WebinarEventKind.Question => client.Question(change),
        WebinarEventKind.Poll => client.Poll(change),
        WebinarEventKind.Slide => client.Slide(change),
        WebinarEventKind.Ended => client.Ended(change),
        _ => Task.CompletedTask,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing this node's subscription to webinar {WebinarId} failed; it tries again at the next renewal")]
    private partial void LogRenewalFailed(Exception exception, Guid webinarId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sending an event of webinar {WebinarId} to this node's connections failed")]
    private partial void LogSendFailed(Exception exception, Guid webinarId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Leaving webinar {WebinarId}'s session failed; the grain forgets this node when it stops renewing")]
    private partial void LogUnsubscribeFailed(Exception exception, Guid webinarId);
}
