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
/// before this returns its sequence number; the change is then sent to the room. A refused call is a
/// <see cref="HubException"/> in the caller's language and leaves the connection up.
/// </summary>
[Authorize]
public sealed class WebinarHub(IGrainFactory grains, PresenceBroadcast presence, FacilitatorSeats facilitators) : Hub<IWebinarClient>
{
    public async Task<SessionSnapshot> Join(Guid webinarId, long afterSequence)
    {
        var who = Me();
        // Joining again on the same connection starts over rather than counting a second presence.
        if (Joined.Remove(webinarId, out var earlier))
        {
            await LeaveAsync(webinarId, earlier);
            await LeaveGroupsAsync(webinarId);
        }

        // In the attendees' group before the snapshot is taken, so nothing sent meanwhile is missed (the page
        // skips what the snapshot already holds); a facilitator moves to the facilitators' group after it.
        await Groups.AddToGroupAsync(Context.ConnectionId, WebinarGroups.Attendees(webinarId));
        SessionSnapshot snapshot;
        try
        {
            snapshot = await CallAsync(() => Session(webinarId).Join(who, afterSequence));
        }
        catch
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, WebinarGroups.Attendees(webinarId));
            throw;
        }

        if (snapshot.IsFacilitator)
        {
            // Seated before joining the group, so a plan change that drops this host meanwhile finds the connection.
            facilitators.Take(Context.ConnectionId, webinarId, who);
            await Groups.AddToGroupAsync(Context.ConnectionId, WebinarGroups.Facilitators(webinarId));
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, WebinarGroups.Attendees(webinarId));
        }

        Joined[webinarId] = who;
        presence.Changed(webinarId, snapshot.AttendeeCount);
        return snapshot;
    }

    public async Task Leave(Guid webinarId)
    {
        if (Joined.Remove(webinarId, out var who))
        {
            await LeaveAsync(webinarId, who);
            await LeaveGroupsAsync(webinarId);
        }
    }

    public async Task<long> SendChat(Guid webinarId, string text)
    {
        var change = await CallAsync(() => Session(webinarId).SendChat(InRoom(webinarId), text));
        await Everyone(webinarId).Chat(change);
        return change.Sequence;
    }

    public async Task<long> Ask(Guid webinarId, string text, bool anonymous)
    {
        var change = await CallAsync(() => Session(webinarId).Ask(InRoom(webinarId), text, anonymous));
        await SendQuestionAsync(webinarId, change);
        return change.Sequence;
    }

    public async Task<long> Upvote(Guid webinarId, Guid questionId)
    {
        var change = await CallAsync(() => Session(webinarId).Upvote(InRoom(webinarId), questionId));
        await SendQuestionAsync(webinarId, change);
        return change.Sequence;
    }

    public async Task RaiseHand(Guid webinarId)
    {
        var queue = await CallAsync(() => Session(webinarId).RaiseHand(InRoom(webinarId)));
        await Clients.Group(WebinarGroups.Facilitators(webinarId)).Hand(queue);
    }

    public async Task LowerHand(Guid webinarId, Guid userId)
    {
        var queue = await CallAsync(() => Session(webinarId).LowerHand(InRoom(webinarId), userId));
        await Clients.Group(WebinarGroups.Facilitators(webinarId)).Hand(queue);
        await Clients.User(userId.ToString()).Hand(queue.Where(h => h.UserId == userId).ToList());
    }

    public async Task Vote(Guid webinarId, Guid pollId, int option)
    {
        var live = await CallAsync(() => Session(webinarId).Vote(InRoom(webinarId), pollId, option));
        // Live results are the facilitators' only; the change is not sequenced (the votes are stored all the same).
        await Clients.Group(WebinarGroups.Facilitators(webinarId)).Poll(new SessionEvent(0, WebinarEventKind.Poll, DateTime.UtcNow, Poll: live));
    }

    public async Task<long> StartPoll(Guid webinarId, string question, IReadOnlyList<string> options)
    {
        var change = await CallAsync(() => Session(webinarId).StartPoll(InRoom(webinarId), question, options ?? []));
        await SendPollAsync(webinarId, change);
        return change.Sequence;
    }

    public async Task<long> ClosePoll(Guid webinarId, Guid pollId)
    {
        var change = await CallAsync(() => Session(webinarId).ClosePoll(InRoom(webinarId), pollId));
        await SendPollAsync(webinarId, change);
        return change.Sequence;
    }

    public async Task<long> ApproveQuestion(Guid webinarId, Guid questionId)
    {
        var change = await CallAsync(() => Session(webinarId).ApproveQuestion(InRoom(webinarId), questionId));
        await SendQuestionAsync(webinarId, change);
        return change.Sequence;
    }

    public async Task<long> AnswerQuestion(Guid webinarId, Guid questionId, bool dismiss)
    {
        var change = await CallAsync(() => Session(webinarId).AnswerQuestion(InRoom(webinarId), questionId, dismiss));
        await SendQuestionAsync(webinarId, change);
        return change.Sequence;
    }

    public async Task<long> DeleteMessage(Guid webinarId, long messageSequence)
    {
        var change = await CallAsync(() => Session(webinarId).DeleteMessage(InRoom(webinarId), messageSequence));
        await Everyone(webinarId).MessageDeleted(change);
        return change.Sequence;
    }

    public async Task Mute(Guid webinarId, Guid userId, int minutes) =>
        await CallAsync(async () =>
        {
            await Session(webinarId).Mute(InRoom(webinarId), userId, minutes);
            return true;
        });

    public async Task<long> SetSlide(Guid webinarId, int slide)
    {
        var change = await CallAsync(() => Session(webinarId).SetSlide(InRoom(webinarId), slide));
        await Everyone(webinarId).Slide(change);
        return change.Sequence;
    }

    public async Task<long> End(Guid webinarId)
    {
        var change = await CallAsync(() => Session(webinarId).End(InRoom(webinarId)));
        await Everyone(webinarId).Ended(change);
        return change.Sequence;
    }

    public Task<IReadOnlyList<Attendee>> GetAttendees(Guid webinarId) => CallAsync(() => Session(webinarId).GetAttendees(InRoom(webinarId)));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var (webinarId, who) in Joined)
        {
            facilitators.Leave(Context.ConnectionId, webinarId);
            await LeaveAsync(webinarId, who);
        }

        Joined.Clear();
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The webinars this connection joined, with who it is in each.</summary>
    private Dictionary<Guid, Participant> Joined =>
        Context.Items.TryGetValue(nameof(Joined), out var joined) ? (Dictionary<Guid, Participant>)joined! : (Dictionary<Guid, Participant>)(Context.Items[nameof(Joined)] = new Dictionary<Guid, Participant>());

    private async Task LeaveGroupsAsync(Guid webinarId)
    {
        facilitators.Leave(Context.ConnectionId, webinarId);
        foreach (var group in WebinarGroups.Everyone(webinarId))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }
    }

    private async Task LeaveAsync(Guid webinarId, Participant who)
    {
        var count = await Session(webinarId).Leave(who.UserId);
        presence.Changed(webinarId, count);
    }

    private Participant InRoom(Guid webinarId) => Joined.GetValueOrDefault(webinarId) ?? throw Refused("NotJoined");

    private Participant Me() => WebinarPlanning.Participant(Context.User!);

    private IWebinarSessionGrain Session(Guid webinarId) => grains.GetGrain<IWebinarSessionGrain>(webinarId.ToString());

    private IWebinarClient Everyone(Guid webinarId) => Clients.Groups(WebinarGroups.Everyone(webinarId));

    // Each audience gets what RoomAudience lets it see, as the join snapshot does.
    private async Task SendQuestionAsync(Guid webinarId, SessionEvent change)
    {
        var question = change.Question!;
        await Clients.Group(WebinarGroups.Facilitators(webinarId)).Question(change);
        if (RoomAudience.ForAttendees(question) is { } seen)
        {
            await Clients.Group(WebinarGroups.Attendees(webinarId)).Question(change with { Question = seen });
            return;
        }

        await Clients.User(question.AuthorId!.Value.ToString()).Question(change with { Question = RoomAudience.ForAsker(question) });
    }

    private async Task SendPollAsync(Guid webinarId, SessionEvent change)
    {
        await Clients.Group(WebinarGroups.Facilitators(webinarId)).Poll(change);
        await Clients.Group(WebinarGroups.Attendees(webinarId)).Poll(change with { Poll = RoomAudience.ForAttendees(change.Poll!) });
    }

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
