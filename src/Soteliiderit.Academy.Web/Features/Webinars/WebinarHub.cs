using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Orleans;
using Orleans.Storage;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// /hubs/webinar: the live room. Every call goes to the webinar's session grain, which stores a lasting change
/// before this returns its sequence number. The grain tells every node with connections of the webinar about the
/// change, and each node's <see cref="WebinarRoomFeed"/> sends it to its own connections (this one's too). A refused
/// call is a <see cref="HubException"/> in the caller's language and leaves the connection up.
/// </summary>
[Authorize]
public sealed class WebinarHub(IGrainFactory grains, RoomFeedRegistry feeds, RoomMetrics metrics) : Hub<IWebinarClient>
{
    /// <summary>How long a hub call (a Join, however many steps it takes) waits for the session grain before it answers "try again".</summary>
    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(8);

    public async Task<SessionSnapshot> Join(Guid webinarId, long afterSequence)
    {
        var started = Stopwatch.GetTimestamp();
        var connectionId = Context.ConnectionId;
        var joined = Joined;
        // Joining again on the same connection starts over rather than counting a second presence.
        if (joined.TryRemove(webinarId, out var earlier))
        {
            await CallAsync(() => LeaveAsync(webinarId, earlier), Left(started));
        }

        // Subscribed before the snapshot is taken, so nothing stored meanwhile passes this node by; the connection
        // gets room traffic only once the grain has let it in.
        SessionSnapshot snapshot;
        WebinarRoomFeed feed;
        var who = Me();
        Task<SessionSnapshot>? entering = null;
        try
        {
            feed = await CallAsync(() => feeds.OpenAsync(webinarId, connectionId), Left(started));
            // This node vouches for the connection while its feed renews; if the node dies, the grain lets them go.
            who = who with { Node = RoomSubscribers.KeyOf(feed.Reference!) };
            entering = Session(webinarId).Join(who, afterSequence);
            snapshot = await CallAsync(() => entering, Left(started));
        }
        catch
        {
            // Also when the hub's time limit answered first: the connection's hold on the feed goes with it, and a
            // grain that lets them in after all lets them go again, so "try again" never leaves anyone counted.
            // Neither waits for the grain that did not answer: the refusal goes out now.
            _ = feeds.LeaveAsync(webinarId, connectionId);
            if (entering is not null)
            {
                // Not yet answered, or answered just after the limit: either way a Join that succeeds is left again.
                var late = who;
                _ = entering.ContinueWith(_ => Session(webinarId).Leave(late), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
            }

            throw;
        }

        // Recorded before the last step, so a disconnect from here on finds it and leaves; whoever removes it leaves.
        // An admission that finishes after the time limit answered finds this join gone and lets nobody in.
        joined[webinarId] = who;
        try
        {
            await CallAsync(async () =>
            {
                await feed.AdmitAsync(connectionId, who, snapshot, stillJoining: () => joined.TryGetValue(webinarId, out var now) && ReferenceEquals(now, who));
                return true;
            }, Left(started));
        }
        catch
        {
            _ = LeaveIfJoinedAsync(webinarId);
            throw;
        }

        if (Context.ConnectionAborted.IsCancellationRequested)
        {
            // The connection went away while joining; its disconnect may have come before the join was recorded.
            await LeaveIfJoinedAsync(webinarId);
        }

        return snapshot;
    }

    public Task Leave(Guid webinarId) => CallAsync(async () =>
    {
        await LeaveIfJoinedAsync(webinarId);
        return true;
    });

    public async Task<long> SendChat(Guid webinarId, string text) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).SendChat(who, text))).Sequence;

    public async Task<long> Ask(Guid webinarId, string text, bool anonymous) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).Ask(who, text, anonymous))).Sequence;

    public async Task<long> Upvote(Guid webinarId, Guid questionId) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).Upvote(who, questionId))).Sequence;

    public Task RaiseHand(Guid webinarId) => InRoomAsync(webinarId, who => Session(webinarId).RaiseHand(who));

    public Task LowerHand(Guid webinarId, Guid userId) => InRoomAsync(webinarId, who => Session(webinarId).LowerHand(who, userId));

    public Task Vote(Guid webinarId, Guid pollId, int option) => InRoomAsync(webinarId, who => Session(webinarId).Vote(who, pollId, option));

    public async Task<long> StartPoll(Guid webinarId, string question, IReadOnlyList<string> options) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).StartPoll(who, question, options ?? []))).Sequence;

    public async Task<long> ClosePoll(Guid webinarId, Guid pollId) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).ClosePoll(who, pollId))).Sequence;

    public async Task<long> ApproveQuestion(Guid webinarId, Guid questionId) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).ApproveQuestion(who, questionId))).Sequence;

    public async Task<long> AnswerQuestion(Guid webinarId, Guid questionId, bool dismiss) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).AnswerQuestion(who, questionId, dismiss))).Sequence;

    public async Task<long> DeleteMessage(Guid webinarId, long messageSequence) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).DeleteMessage(who, messageSequence))).Sequence;

    public async Task Mute(Guid webinarId, Guid userId, int minutes) =>
        await InRoomAsync(webinarId, async who =>
        {
            await Session(webinarId).Mute(who, userId, minutes);
            return true;
        });

    public async Task<long> SetSlide(Guid webinarId, int slide) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).SetSlide(who, slide))).Sequence;

    public async Task<long> End(Guid webinarId) =>
        (await InRoomAsync(webinarId, who => Session(webinarId).End(who))).Sequence;

    public Task<IReadOnlyList<Attendee>> GetAttendees(Guid webinarId) => InRoomAsync(webinarId, who => Session(webinarId).GetAttendees(who));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var webinarId in Joined.Keys)
        {
            await LeaveIfJoinedAsync(webinarId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// The webinars this connection joined, with who it is in each. Concurrent: a disconnect can arrive while a Join
    /// of the same connection is still running.
    /// </summary>
    private ConcurrentDictionary<Guid, Participant> Joined
    {
        get
        {
            if (Context.Items.TryGetValue(nameof(Joined), out var joined))
            {
                return (ConcurrentDictionary<Guid, Participant>)joined!;
            }

            var created = new ConcurrentDictionary<Guid, Participant>();
            Context.Items[nameof(Joined)] = created;
            return created;
        }
    }

    /// <summary>Leaves once: only the caller that takes the join off the list leaves the room.</summary>
    private async Task LeaveIfJoinedAsync(Guid webinarId)
    {
        if (Joined.TryRemove(webinarId, out var who))
        {
            await LeaveAsync(webinarId, who);
        }
    }

    /// <summary>
    /// Takes what it needs of the hub before its first wait: when the time limit answers first, the leaving goes on
    /// after the hub instance is gone, to the end, so nobody stays counted.
    /// </summary>
    private async Task<int> LeaveAsync(Guid webinarId, Participant who)
    {
        var (groups, connectionId) = (Groups, Context.ConnectionId);
        foreach (var group in WebinarGroups.Everyone(webinarId))
        {
            await groups.RemoveFromGroupAsync(connectionId, group);
        }

        await feeds.LeaveAsync(webinarId, connectionId);
        return await Session(webinarId).Leave(who);
    }


    private Participant InRoom(Guid webinarId) => Joined.TryGetValue(webinarId, out var who) ? who : throw Refused("NotJoined");

    /// <summary>
    /// A call of someone in the room. When the grain does not know them although this connection joined (the node that
    /// hosted it died and it re-activated here), they are let in again first, as their page's rejoin would.
    /// </summary>
    private Task<T> InRoomAsync<T>(Guid webinarId, Func<Participant, Task<T>> call, [CallerMemberName] string method = "")
    {
        var who = InRoom(webinarId);
        return CallAsync(async () =>
        {
            try
            {
                return await call(who);
            }
            catch (RuleViolationException forgotten) when (forgotten.Code == "NotJoined")
            {
                // From what this node delivered: a short replay, not a fresh snapshot, when thousands do this at once.
                await Session(webinarId).Join(who, feeds.DeliveredIn(webinarId));
                return await call(who);
            }
        }, method: method);
    }

    private Participant Me() => WebinarPlanning.Participant(Context.User!);

    private IWebinarSessionGrain Session(Guid webinarId) => grains.GetGrain<IWebinarSessionGrain>(webinarId.ToString());

    /// <summary>What is left of the hub's time limit for a call that started at <paramref name="started"/> (a timestamp).</summary>
    private static TimeSpan Left(long started) =>
        TimeSpan.FromTicks(Math.Max(0, (CallLimit - Stopwatch.GetElapsedTime(started)).Ticks));

    private async Task<T> CallAsync<T>(Func<Task<T>> call, TimeSpan? limit = null, [CallerMemberName] string method = "")
    {
        try
        {
            // The hub's own limit, well inside Orleans' response timeout: a call caught in a failover is told to try
            // again while its connection stays up, and the page's rejoin fills what it missed.
            return await call().WaitAsync(limit ?? CallLimit);
        }
        catch (Exception failover) when (RuleViolationException.IsFailover(failover))
        {
            metrics.CallFailed(method);
            throw Refused("TryAgain");
        }
        catch (RuleViolationException violation)
        {
            throw Refused(violation.Code);
        }
        catch (InconsistentStateException)
        {
            throw Refused("ChangedMeanwhile");
        }
    }

    private HubException Refused(string code)
    {
        var context = Context.GetHttpContext()!;
        var message = ApiSetup.Localized(context, $"Errors.{code}");
        return new HubException(message);
    }
}
