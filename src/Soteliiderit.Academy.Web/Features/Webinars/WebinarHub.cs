using System.Collections.Concurrent;
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
    /// <summary>How long a hub call waits for the session grain before it answers "try again".</summary>
    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(8);

    public async Task<SessionSnapshot> Join(Guid webinarId, long afterSequence)
    {
        var who = Me();
        // Joining again on the same connection starts over rather than counting a second presence.
        if (Joined.TryRemove(webinarId, out var earlier))
        {
            await LeaveAsync(webinarId, earlier);
        }

        // Subscribed before the snapshot is taken, so nothing stored meanwhile passes this node by; the connection
        // gets room traffic only once the grain has let it in.
        SessionSnapshot snapshot;
        WebinarRoomFeed feed;
        try
        {
            feed = await CallAsync(() => feeds.OpenAsync(webinarId, Context.ConnectionId));
            // This node vouches for the connection while its feed renews; if the node dies, the grain lets them go.
            who = who with { Node = RoomSubscribers.KeyOf(feed.Reference!) };
            snapshot = await CallAsync(() => Session(webinarId).Join(who, afterSequence));
        }
        catch
        {
            // Also when the hub's time limit answered first: the connection's hold on the feed goes with it.
            await feeds.LeaveAsync(webinarId, Context.ConnectionId);
            throw;
        }

        // Recorded before the last step, so a disconnect from here on finds it and leaves; whoever removes it leaves.
        Joined[webinarId] = who;
        try
        {
            await CallAsync(async () =>
            {
                await feed.AdmitAsync(Context.ConnectionId, who, snapshot);
                return true;
            });
        }
        catch
        {
            await LeaveIfJoinedAsync(webinarId);
            throw;
        }

        if (Context.ConnectionAborted.IsCancellationRequested)
        {
            // The connection went away while joining; its disconnect may have come before the join was recorded.
            await LeaveIfJoinedAsync(webinarId);
        }

        return snapshot;
    }

    public Task Leave(Guid webinarId) => LeaveIfJoinedAsync(webinarId);

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

    private async Task LeaveAsync(Guid webinarId, Participant who)
    {
        foreach (var group in WebinarGroups.Everyone(webinarId))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }

        await feeds.LeaveAsync(webinarId, Context.ConnectionId);
        await Session(webinarId).Leave(who);
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
                await Session(webinarId).Join(who, long.MaxValue);
                return await call(who);
            }
        }, method);
    }

    private Participant Me() => WebinarPlanning.Participant(Context.User!);

    private IWebinarSessionGrain Session(Guid webinarId) => grains.GetGrain<IWebinarSessionGrain>(webinarId.ToString());

    private async Task<T> CallAsync<T>(Func<Task<T>> call, [CallerMemberName] string method = "")
    {
        try
        {
            // The hub's own limit, well inside Orleans' response timeout: a call caught in a failover is told to try
            // again while its connection stays up, and the page's rejoin fills what it missed.
            return await call().WaitAsync(CallLimit);
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
