using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Placement;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Learners;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// The live room. It activates on the node of its first caller (usually the facilitator's), and on a survivor
/// when that node dies; its state comes back from its rows. It keeps the turn; the plain classes beside it keep
/// the rules: the plan (<see cref="RoomPlan"/>), the stored events (<see cref="SessionJournal"/>), questions,
/// polls, pacing and mutes, presence, hands and attendance.
/// </summary>
[PreferLocalPlacement]
public sealed class WebinarSessionGrain(IDbContextFactory<AcademyDbContext> databases, TimeProvider time, ILogger<WebinarSessionGrain> logger)
    : StateGrain(databases), IWebinarSessionGrain, IRemindable
{
    /// <summary>
    /// The room's clock, an Orleans reminder while the webinar is scheduled: once a minute, wherever the grain lives,
    /// it marks whoever is in the room as still there and ends the webinar if nobody did (see <see cref="ClosingGrace"/>).
    /// </summary>
    public const string Clock = "room-clock";

    public static readonly TimeSpan ClockPeriod = TimeSpan.FromMinutes(1);

    /// <summary>How long after its scheduled end a webinar nobody ended closes by itself.</summary>
    public static readonly TimeSpan ClosingGrace = TimeSpan.FromHours(1);

    private readonly RoomPlan _plan = new();
    private readonly RoomSubscribers _nodes = new(logger, time.GetUtcNow().UtcDateTime);
    private readonly SpeakingRules _speaking = new();
    private readonly QuestionBoard _questions = new();
    private readonly SessionPolls _polls = new();
    private SessionJournal _journal = null!;
    private RoomPeople _people = null!;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private bool Ended => _journal.EndedAt is not null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(this.GetPrimaryKeyString(), out var id))
        {
            return;
        }

        (_journal, _people) = (new SessionJournal(Databases, id), new RoomPeople(Databases, id));
        await using var db = await Databases.CreateDbContextAsync(cancellationToken);
        await _plan.LoadAsync(db, id, cancellationToken);
        if (_plan.Webinar is not null)
        {
            await _journal.LoadAsync(db, cancellationToken);
            await _people.LoadAsync(db, cancellationToken);
            await RoomRows.LoadAsync(db, id, _questions, _speaking, _polls, cancellationToken);
            await SetClockAsync();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!_plan.Scheduled || Ended)
        {
            await TellPlanItEndedAsync();
            await SetClockAsync();
            return;
        }

        await LeaveSilentNodesAsync();
        await Heartbeat();
        // Stretches of people nobody vouches for (their node or this grain's died, and they did not come back
        // within two beats) end at the last moment they were seen.
        await _people.CloseAbandonedAsync(silentSince: Now - (2 * ClockPeriod));
        await EndIfForgotten();
    }

    public async Task<SessionSnapshot> Join(Participant who, long afterSequence)
    {
        ArgumentNullException.ThrowIfNull(who);
        var webinar = _plan.Require();
        if (Ended)
        {
            throw RuleViolationException.Invalid("WebinarEnded");
        }

        _plan.RequireLobbyOpen(who, Now);
        var hosting = _plan.Facilitates(who);
        if (!hosting && !webinar.OpenToAll && !await RoomRows.HasSeatAsync(Databases, webinar.Id, who.UserId))
        {
            throw RuleViolationException.Invalid("NotRegistered");
        }

        await _people.ArriveAsync(who, hosting, Now);
        await _nodes.Publish(new RoomDelivery(AttendeeCount: _people.Count));
        return RoomAudience.Snapshot(who.UserId, hosting, afterSequence, _journal, _questions, _polls, _people) with { MutedUntil = _speaking.MutedUntil(who.UserId, Now) };
    }

    public async Task<int> Leave(Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await _people.LeaveAsync(who, Now))
        {
            await _nodes.Publish(new RoomDelivery(AttendeeCount: _people.Count));
        }

        return _people.Count;
    }

    /// <summary>
    /// People whose connections were all on nodes that stopped renewing (they died) are no longer here: the count and
    /// the hands go on without them, and their stretches end at their last heartbeat once nobody held them for two beats.
    /// </summary>
    private async Task LeaveSilentNodesAsync()
    {
        var now = Now;
        if (_people.DropSilentNodes(node => _nodes.IsSilent(node, now)) is { } hands)
        {
            await _nodes.Publish(new RoomDelivery(AttendeeCount: _people.Count, Hands: hands));
        }
    }

    public async Task Heartbeat()
    {
        if (_plan.Webinar is not null)
        {
            await _people.MarkSeenAsync(Now);
        }
    }

    public async Task Refresh()
    {
        if (_plan.Webinar is not { } webinar)
        {
            return;
        }

        await using (var db = await Databases.CreateDbContextAsync())
        {
            await _plan.LoadAsync(db, webinar.Id);
        }

        await SetClockAsync();
        await _nodes.Publish(new RoomDelivery(Hosts: _plan.Hosts));
    }

    public Task<SessionEvent> SendChat(Participant who, string text)
    {
        var clean = RequireSpeaker(who, WebinarEventKind.Chat, text, out var repeated);
        return repeated is not null ? Task.FromResult(repeated) : AppendAsync(WebinarEventKind.Chat, who.UserId, (sequence, at) =>
            new SessionEvent(sequence, WebinarEventKind.Chat, at, Chat: new ChatView(sequence, who.UserId, who.Name, clean, at)));
    }

    public async Task<SessionEvent> Ask(Participant who, string text, bool anonymous)
    {
        var clean = RequireSpeaker(who, WebinarEventKind.Question, text, out var repeated);
        if (repeated is not null)
        {
            return repeated;
        }

        var webinar = _plan.Require();
        var question = QuestionBoard.Ask(webinar.Id, who, clean, anonymous, webinar.QuestionsNeedApproval && !_plan.Facilitates(who), Now);
        var added = await AppendAsync(WebinarEventKind.Question, who.UserId, QuestionEvent(question), db => db.WebinarQuestions.Add(question));
        _questions.Put(question);
        return added;
    }

    public async Task<SessionEvent> Upvote(Participant who, Guid questionId)
    {
        RequireJoined(who);
        var changed = _questions.Upvoted(questionId, who.UserId, _plan.Facilitates(who));
        var upvoted = await ReplaceQuestionAsync(who, changed, db => db.QuestionUpvotes.Add(new QuestionUpvote { QuestionId = questionId, UserId = who.UserId }));
        _questions.RecordUpvote(questionId, who.UserId);
        return upvoted;
    }

    public async Task<IReadOnlyList<RaisedHand>> RaiseHand(Participant who)
    {
        RequireJoined(who);
        var queue = _people.Hands.Raise(who.UserId, who.Name, Now);
        await _nodes.Publish(new RoomDelivery(Hands: queue));
        return queue;
    }

    public async Task<IReadOnlyList<RaisedHand>> LowerHand(Participant who, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (userId != who.UserId)
        {
            _plan.RequireFacilitator(who);
        }

        var queue = _people.Hands.Lower(userId);
        await _nodes.Publish(new RoomDelivery(Hands: queue, HandOwner: userId));
        return queue;
    }

    public async Task<PollView> Vote(Participant who, Guid pollId, int option)
    {
        RequireJoined(who);
        _polls.CheckVote(pollId, who.UserId, option);
        await RoomRows.StoreVoteAsync(Databases, new PollVote { PollId = pollId, UserId = who.UserId, Option = option });
        var live = _polls.Voted(who.UserId, option);
        await _nodes.Publish(new RoomDelivery(LivePoll: live));
        return live;
    }

    public async Task<SessionEvent> StartPoll(Participant who, string question, IReadOnlyList<string> options)
    {
        _plan.RequireFacilitator(who);
        var opened = _polls.Open(_plan.Require().Id, question, options, Now);
        var started = await AppendAsync(WebinarEventKind.Poll, who.UserId, PollEvent(opened), db => db.WebinarPolls.Add(opened.Row));
        _polls.Apply(opened);
        return started;
    }

    public async Task<SessionEvent> ClosePoll(Participant who, Guid pollId)
    {
        _plan.RequireFacilitator(who);
        var closed = _polls.Close(pollId, Now);
        var ended = await AppendAsync(WebinarEventKind.Poll, who.UserId, PollEvent(closed), db => db.WebinarPolls.Update(closed.Row));
        _polls.Apply(closed);
        return ended;
    }

    public Task<SessionEvent> ApproveQuestion(Participant who, Guid questionId)
    {
        _plan.RequireFacilitator(who);
        return ReplaceQuestionAsync(who, _questions.Approved(questionId));
    }

    public Task<SessionEvent> AnswerQuestion(Participant who, Guid questionId, bool dismiss)
    {
        _plan.RequireFacilitator(who);
        return ReplaceQuestionAsync(who, _questions.Answered(questionId, dismiss));
    }

    public Task<SessionEvent> DeleteMessage(Participant who, long messageSequence)
    {
        _plan.RequireFacilitator(who);
        // Only what is still in the replay window can be deleted live; older messages have scrolled far away.
        if (!_journal.Log.HoldsStandingChat(messageSequence))
        {
            throw RuleViolationException.NotFound("MessageNotFound");
        }

        return AppendAsync(WebinarEventKind.MessageDeleted, who.UserId, (sequence, at) =>
            new SessionEvent(sequence, WebinarEventKind.MessageDeleted, at, DeletedSequence: messageSequence));
    }

    public async Task Mute(Participant who, Guid userId, int minutes)
    {
        _plan.RequireFacilitator(who);
        var until = SpeakingRules.MuteUntil(minutes, Now);
        await RoomRows.StoreMuteAsync(Databases, _plan.Require().Id, userId, until);
        _speaking.Mute(userId, until);
        await _nodes.Publish(new RoomDelivery(Muted: new PersonMuted(userId, until)));
    }

    public async Task<SessionEvent> SetSlide(Participant who, int slide)
    {
        _plan.RequireFacilitator(who);
        if (!await _plan.HoldsSlideAsync(Databases, slide))
        {
            throw RuleViolationException.Invalid("InvalidSlide");
        }

        return await AppendAsync(WebinarEventKind.Slide, who.UserId, (sequence, at) => new SessionEvent(sequence, WebinarEventKind.Slide, at, Slide: slide), root: row => row.CurrentSlide = slide);
    }

    public Task<SessionEvent> End(Participant who)
    {
        _plan.RequireFacilitator(who);
        return Ended ? throw RuleViolationException.Invalid("WebinarEnded") : EndAsync(who.UserId);
    }

    public async Task<SessionEvent?> EndIfForgotten() =>
        !Ended && _plan.IsForgotten(Now) ? await EndAsync(_plan.Require().CreatedBy) : null;

    /// <summary>
    /// The end, every open stretch closed and each attendee's course credit are one save of the room's rows: all of
    /// it is stored or none (then the facilitator, or the room's clock for a forgotten webinar, ends it again).
    /// Learners reckon and the plan hears of it afterwards; the clock runs on until the plan has.
    /// </summary>
    private async Task<SessionEvent> EndAsync(Guid actor)
    {
        var now = Now;
        var stretches = await _people.Attendance.StretchesAsync();
        var credits = _plan.CreditsFor(AttendanceLedger.Closed(stretches, now), now);
        var ended = await AppendAsync(WebinarEventKind.Ended, actor, (sequence, at) => new SessionEvent(sequence, WebinarEventKind.Ended, at),
            also: db =>
            {
                AttendanceLedger.CloseAllIn(db, stretches, now);
                db.WebinarCredits.AddRange(credits);
            },
            root: row => row.EndedAt = now);
        _people.Ended();
        await ReckonAsync(credits);
        await TellPlanItEndedAsync();
        await SetClockAsync();
        return ended;
    }

    public Task<IReadOnlyList<Attendee>> GetAttendees(Participant who)
    {
        _plan.RequireFacilitator(who);
        return Task.FromResult(_people.Attendees);
    }

    public Task<RoomSubscription> Subscribe(IWebinarRoomObserver node)
    {
        _nodes.Subscribe(node, Now);
        return Task.FromResult(new RoomSubscription(_journal?.LastSequence ?? 0, _nodes.Counts(node)));
    }

    public async Task Vouch(IWebinarRoomObserver node, IReadOnlyList<Participant> connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var arrived = _plan.Webinar is not null && !Ended && await _people.VouchAsync(connections, _plan.Facilitates, Now);
        // Only once they are counted: a vouch that failed (the stretches could not be written) comes again at the next renewal.
        _nodes.Counted(node);
        if (arrived)
        {
            await _nodes.Publish(new RoomDelivery(AttendeeCount: _people.Count));
        }
    }

    public Task Unsubscribe(IWebinarRoomObserver node)
    {
        _nodes.Unsubscribe(node);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SessionEvent>> EventsAfter(long afterSequence) =>
        Task.FromResult<IReadOnlyList<SessionEvent>>([.. _journal.Log.After(afterSequence)]);

    /// <summary>On a graceful stop or when idle, whoever is still in the room leaves it now.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_plan.Webinar is not null)
        {
            await _people.LeaveAllAsync(Now);
        }
    }

    protected override bool IsKeyedByThisGrain(object entity) => entity is WebinarSession or WebinarEvent;

    /// <summary>
    /// Tells the plan the room ended unless it knows; a plan that cannot hear it now (its node is going, its row
    /// cannot be written) hears it at the clock's next beat, which keeps going until then.
    /// </summary>
    private async Task TellPlanItEndedAsync()
    {
        if (!_plan.Scheduled || _journal.EndedAt is not { } endedAt)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<IWebinarGrain>(this.GetPrimaryKeyString()).Ended(endedAt);
            _plan.MarkEnded(endedAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WebinarSessionLog.PlanNotTold(logger, _plan.Require().Id, ex);
        }
    }

    /// <summary>The clock runs while the plan says scheduled and stops once the plan knows it ended or was cancelled.</summary>
    private async Task SetClockAsync()
    {
        if (_plan.Scheduled)
        {
            await this.RegisterOrUpdateReminder(Clock, ClockPeriod, ClockPeriod);
        }
        else if (await this.GetReminder(Clock) is { } clock)
        {
            await this.UnregisterReminder(clock);
        }
    }

    /// <summary>The credits are stored; a learner whose grain cannot reckon now gets the course on their next visit.</summary>
    private async Task ReckonAsync(List<WebinarCredit> credits) => await Task.WhenAll(credits.Select(async c =>
    {
        try
        {
            await GrainFactory.GetGrain<ILearnerGrain>(c.UserId.ToString()).ReckonWebinars(c.CourseId);
        }
        catch (RuleViolationException)
        {
        }
    }));

    /// <summary>Stores one lasting change (see <see cref="SessionJournal"/>) and sends it to every node of the room.</summary>
    private async Task<SessionEvent> AppendAsync(WebinarEventKind kind, Guid actor, Func<long, DateTime, SessionEvent> make, Action<AcademyDbContext>? also = null, Action<WebinarSession>? root = null)
    {
        _plan.Require();
        var change = await _journal.AppendAsync(kind, actor, Now, make, SaveStateAsync, also, root);
        await _nodes.Publish(new RoomDelivery(Event: change));
        return change;
    }

    private async Task<SessionEvent> ReplaceQuestionAsync(Participant who, WebinarQuestion changed, Action<AcademyDbContext>? also = null)
    {
        var replaced = await AppendAsync(WebinarEventKind.Question, who.UserId, QuestionEvent(changed), db =>
        {
            db.WebinarQuestions.Update(changed);
            also?.Invoke(db);
        });
        _questions.Put(changed);
        return replaced;
    }

    private static Func<long, DateTime, SessionEvent> PollEvent(PollChange change) =>
        (sequence, at) => new SessionEvent(sequence, WebinarEventKind.Poll, at, Poll: change.View);

    private static Func<long, DateTime, SessionEvent> QuestionEvent(WebinarQuestion question) =>
        (sequence, at) => new SessionEvent(sequence, WebinarEventKind.Question, at, Question: QuestionBoard.ViewOf(question));

    /// <summary>The checks before someone's words are stored: in the room, a text of the right length, not muted, not too fast.</summary>
    /// <summary>The cleaned text of someone who may post now; <paramref name="repeated"/> when they just sent it (it is not counted again).</summary>
    private string RequireSpeaker(Participant who, WebinarEventKind kind, string text, out SessionEvent? repeated)
    {
        RequireJoined(who);
        var clean = SpeakingRules.Clean(text);
        _speaking.RequireNotMuted(who.UserId, Now);
        repeated = _journal.Log.Repeated(kind, who.UserId, clean, Now - SpeakingRules.RepeatWindow);
        if (repeated is null)
        {
            _speaking.Admit(who.UserId, _plan.Facilitates(who), Now);
        }

        return clean;
    }

    private void RequireJoined(Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        _plan.Require();
        if (Ended)
        {
            throw RuleViolationException.Invalid("WebinarEnded");
        }

        if (!_people.Contains(who.UserId))
        {
            throw RuleViolationException.Invalid("NotJoined");
        }
    }
}
