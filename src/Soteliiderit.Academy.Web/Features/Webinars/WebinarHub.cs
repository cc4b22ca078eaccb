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
public sealed class WebinarHub(IGrainFactory grains, RoomFeedRegistry feeds, FacilitatorSeats facilitators) : Hub<IWebinarClient>
{
    public async Task<SessionSnapshot> Join(Guid webinarId, long afterSequence)
    {
        var who = Me();
        // Joining again on the same connection starts over rather than counting a second presence.
        if (Joined.Remove(webinarId, out var earlier))
        {
            await LeaveAsync(webinarId, earlier);
        }

        // Subscribed before the snapshot is taken, so nothing stored meanwhile passes this node by; the connection
        // gets room traffic only once the grain has let it in.
        var feed = await feeds.OpenAsync(webinarId, Context.ConnectionId);
        SessionSnapshot snapshot;
        try
        {
            snapshot = await CallAsync(() => Session(webinarId).Join(who, afterSequence));
        }
        catch
        {
            await feeds.LeaveAsync(webinarId, Context.ConnectionId);
            throw;
        }

        if (snapshot.IsFacilitator)
        {
            // Seated before joining the group, so a plan change that drops this host meanwhile finds the connection.
            facilitators.Take(Context.ConnectionId, webinarId, who);
        }

        await feed.AdmitAsync(Context.ConnectionId, who.UserId, snapshot);
        Joined[webinarId] = who;
        return snapshot;
    }

    public async Task Leave(Guid webinarId)
    {
        if (Joined.Remove(webinarId, out var who))
        {
            await LeaveAsync(webinarId, who);
        }
    }

    public async Task<long> SendChat(Guid webinarId, string text) =>
        (await CallAsync(() => Session(webinarId).SendChat(InRoom(webinarId), text))).Sequence;

    public async Task<long> Ask(Guid webinarId, string text, bool anonymous) =>
        (await CallAsync(() => Session(webinarId).Ask(InRoom(webinarId), text, anonymous))).Sequence;

    public async Task<long> Upvote(Guid webinarId, Guid questionId) =>
        (await CallAsync(() => Session(webinarId).Upvote(InRoom(webinarId), questionId))).Sequence;

    public Task RaiseHand(Guid webinarId) => CallAsync(() => Session(webinarId).RaiseHand(InRoom(webinarId)));

    public Task LowerHand(Guid webinarId, Guid userId) => CallAsync(() => Session(webinarId).LowerHand(InRoom(webinarId), userId));

    public Task Vote(Guid webinarId, Guid pollId, int option) => CallAsync(() => Session(webinarId).Vote(InRoom(webinarId), pollId, option));

    public async Task<long> StartPoll(Guid webinarId, string question, IReadOnlyList<string> options) =>
        (await CallAsync(() => Session(webinarId).StartPoll(InRoom(webinarId), question, options ?? []))).Sequence;

    public async Task<long> ClosePoll(Guid webinarId, Guid pollId) =>
        (await CallAsync(() => Session(webinarId).ClosePoll(InRoom(webinarId), pollId))).Sequence;

    public async Task<long> ApproveQuestion(Guid webinarId, Guid questionId) =>
        (await CallAsync(() => Session(webinarId).ApproveQuestion(InRoom(webinarId), questionId))).Sequence;

    public async Task<long> AnswerQuestion(Guid webinarId, Guid questionId, bool dismiss) =>
        (await CallAsync(() => Session(webinarId).AnswerQuestion(InRoom(webinarId), questionId, dismiss))).Sequence;

    public async Task<long> DeleteMessage(Guid webinarId, long messageSequence) =>
        (await CallAsync(() => Session(webinarId).DeleteMessage(InRoom(webinarId), messageSequence))).Sequence;

    public async Task Mute(Guid webinarId, Guid userId, int minutes) =>
        await CallAsync(async () =>
        {
            await Session(webinarId).Mute(InRoom(webinarId), userId, minutes);
            return true;
        });

    public async Task<long> SetSlide(Guid webinarId, int slide) =>
        (await CallAsync(() => Session(webinarId).SetSlide(InRoom(webinarId), slide))).Sequence;

    public async Task<long> End(Guid webinarId) =>
        (await CallAsync(() => Session(webinarId).End(InRoom(webinarId)))).Sequence;

    public Task<IReadOnlyList<Attendee>> GetAttendees(Guid webinarId) => CallAsync(() => Session(webinarId).GetAttendees(InRoom(webinarId)));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var (webinarId, who) in Joined)
        {
            await LeaveAsync(webinarId, who);
        }

        Joined.Clear();
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The webinars this connection joined, with who it is in each.</summary>
    private Dictionary<Guid, Participant> Joined =>
        Context.Items.TryGetValue(nameof(Joined), out var joined) ? (Dictionary<Guid, Participant>)joined! : (Dictionary<Guid, Participant>)(Context.Items[nameof(Joined)] = new Dictionary<Guid, Participant>());

    private async Task LeaveAsync(Guid webinarId, Participant who)
    {
        facilitators.Leave(Context.ConnectionId, webinarId);
        foreach (var group in WebinarGroups.Everyone(webinarId))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }

        await feeds.LeaveAsync(webinarId, Context.ConnectionId);
        await Session(webinarId).Leave(who.UserId);
    }

    private Participant InRoom(Guid webinarId) => Joined.GetValueOrDefault(webinarId) ?? throw Refused("NotJoined");

    private Participant Me() => WebinarPlanning.Participant(Context.User!);

    private IWebinarSessionGrain Session(Guid webinarId) => grains.GetGrain<IWebinarSessionGrain>(webinarId.ToString());

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
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
