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
/// when that node dies; its state comes back from its rows.
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

    private readonly RoomSubscribers _nodes = new(logger, time.GetUtcNow().UtcDateTime);
    private readonly SessionLog _log = new();
    private readonly SpeakingRules _speaking = new();
    private readonly QuestionBoard _questions = new();
    private readonly RoomPresence _present = new();
    /// <summary>How long after its scheduled end a webinar nobody ended closes by itself.</summary>
    public static readonly TimeSpan ClosingGrace = TimeSpan.FromHours(1);

    private readonly RaisedHands _hands = new();
    private readonly HashSet<Guid> _hosts = [];
    /// <summary>The plan as its grain stored it, read again when it changes; the room never writes it.</summary>
    private Webinar? _webinar;

    /// <summary>The room's own root row (not yet stored before the first lasting change).</summary>
    private WebinarSession _room = null!;
    private AttendanceLedger _attendance = null!;

    /// <summary>How many slides the deck has (a PDF one per page), so SetSlide cannot point past its end.</summary>
    private int _deckSize;
    private readonly SessionPolls _polls = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(this.GetPrimaryKeyString(), out var id))
        {
            return;
        }

        _attendance = new AttendanceLedger(Databases, id);
        await using var db = await Databases.CreateDbContextAsync(cancellationToken);
        await LoadPlanAsync(db, id, cancellationToken);
        if (_webinar is null)
        {
            return;
        }

        _room = await db.WebinarSessions.AsNoTracking().SingleOrDefaultAsync(r => r.WebinarId == id, cancellationToken)
            ?? new WebinarSession { WebinarId = id };

        var events = await db.WebinarEvents.AsNoTracking().Where(e => e.WebinarId == id)
            .OrderByDescending(e => e.Sequence).Take(SessionLog.ReplayWindow).ToListAsync(cancellationToken);
        _log.Load(events.OrderBy(e => e.Sequence).Select(e => GrainJson.Deserialize<SessionEvent>(e.PayloadJson)));
        _questions.Load(
            await db.WebinarQuestions.AsNoTracking().Where(q => q.WebinarId == id).ToListAsync(cancellationToken),
            await db.QuestionUpvotes.Where(u => db.WebinarQuestions.Any(q => q.Id == u.QuestionId && q.WebinarId == id))
                .Select(u => new ValueTuple<Guid, Guid>(u.QuestionId, u.UserId)).ToListAsync(cancellationToken));
        foreach (var mute in await db.WebinarMutes.AsNoTracking().Where(m => m.WebinarId == id).ToListAsync(cancellationToken))
        {
            _speaking.Mute(mute.UserId, mute.Until);
        }

        if (await db.WebinarPolls.AsNoTracking().Where(p => p.WebinarId == id).OrderByDescending(p => p.OpenedAt).FirstOrDefaultAsync(cancellationToken) is { } poll)
        {
            _polls.Load(poll, await db.PollVotes.AsNoTracking().Where(v => v.PollId == poll.Id).ToListAsync(cancellationToken));
        }

        await SetClockAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (_webinar is not { Status: WebinarStatus.Scheduled } || Ended)
        {
            await TellPlanItEndedAsync();
            await SetClockAsync();
            return;
        }

        await LeaveSilentNodesAsync();
        await Heartbeat();
        // Stretches of people nobody vouches for (their node or this grain's died, and they did not come back
        // within two beats) end at the last moment they were seen.
        await _attendance.CloseAbandonedAsync(_present.OpenStretches, silentSince: Now - (2 * ClockPeriod));
        await EndIfForgotten();
    }

    public async Task<SessionSnapshot> Join(Participant who, long afterSequence)
    {
        ArgumentNullException.ThrowIfNull(who);
        var webinar = RequireWebinar();
        if (Ended)
        {
            throw RuleViolationException.Invalid("WebinarEnded");
        }

        // Hosts may come in early to get ready; everyone else waits for the lobby to open.
        var hosting = Facilitates(who);
        if (!hosting && Now < webinar.StartsAt.AddMinutes(-webinar.LobbyMinutes))
        {
            throw RuleViolationException.Invalid("RoomNotOpen");
        }

        if (!hosting && !webinar.OpenToAll && !await HasSeatAsync(webinar.Id, who.UserId))
        {
            throw RuleViolationException.Invalid("NotRegistered");
        }

        if (!_present.AddConnection(who.UserId, who.Node))
        {
            _present.Arrive(who.UserId, who.Name, hosting, await _attendance.OpenAsync(who.UserId, Now), who.Node);
        }

        await _nodes.Publish(new RoomDelivery(AttendeeCount: _present.Count));
        var replay = _log.CanReplayAfter(afterSequence, _room.LastSequence);
        var events = replay ? _log.After(afterSequence).Select(e => RoomAudience.For(e, hosting, who.UserId)).OfType<SessionEvent>().ToList() : [];
        return new SessionSnapshot(
            _room.LastSequence,
            Fresh: !replay,
            events,
            _log.RecentChatMessages(),
            _questions.ViewsFor(hosting, who.UserId),
            _polls.Current is { } poll ? RoomAudience.For(poll, hosting) : null,
            _polls.HasVoted(who.UserId),
            _room.CurrentSlide,
            _present.Count,
            hosting,
            Ended: false,
            _hands.SeenBy(who.UserId, hosting),
            _questions.UpvotedBy(who.UserId));
    }

    public async Task<int> Leave(Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (_present.RemoveConnection(who.UserId, who.Node) is { } stretch)
        {
            _hands.Lower(who.UserId);
            await _attendance.CloseAsync(stretch, Now);
            await _nodes.Publish(new RoomDelivery(AttendeeCount: _present.Count));
        }

        return _present.Count;
    }

    /// <summary>
    /// People whose connections were all on nodes that stopped renewing (they died) are no longer here: the count and
    /// the hands go on without them, and their stretches end at their last heartbeat once nobody held them for two beats.
    /// </summary>
    private async Task LeaveSilentNodesAsync()
    {
        var now = Now;
        var gone = _present.DropSilentNodes(node => _nodes.IsSilent(node, now));
        if (gone.Count > 0)
        {
            IReadOnlyList<RaisedHand> hands = [];
            foreach (var userId in gone)
            {
                hands = _hands.Lower(userId);
            }

            await _nodes.Publish(new RoomDelivery(AttendeeCount: _present.Count, Hands: hands));
        }
    }

    public async Task Heartbeat()
    {
        if (_webinar is not null)
        {
            await _attendance.MarkSeenAsync(_present.OpenStretches, Now);
        }
    }

    public async Task Refresh()
    {
        if (_webinar is null)
        {
            return;
        }

        await using (var db = await Databases.CreateDbContextAsync())
        {
            await LoadPlanAsync(db, _webinar.Id, CancellationToken.None);
        }

        await SetClockAsync();
    }

    public Task<SessionEvent> SendChat(Participant who, string text)
    {
        var clean = RequireSpeaker(who, text);
        return AppendAsync(WebinarEventKind.Chat, who.UserId, (sequence, at) =>
            new SessionEvent(sequence, WebinarEventKind.Chat, at, Chat: new ChatView(sequence, who.UserId, who.Name, clean, at)));
    }

    public async Task<SessionEvent> Ask(Participant who, string text, bool anonymous)
    {
        var clean = RequireSpeaker(who, text);
        var webinar = RequireWebinar();
        var question = QuestionBoard.Ask(webinar.Id, who, clean, anonymous, webinar.QuestionsNeedApproval && !Facilitates(who), Now);
        var added = await AppendAsync(WebinarEventKind.Question, who.UserId, QuestionEvent(question), db => db.WebinarQuestions.Add(question));
        _questions.Put(question);
        return added;
    }

    public async Task<SessionEvent> Upvote(Participant who, Guid questionId)
    {
        RequireJoined(who);
        var changed = _questions.Upvoted(questionId, who.UserId, Facilitates(who));
        var upvoted = await ReplaceQuestionAsync(who, changed, db => db.QuestionUpvotes.Add(new QuestionUpvote { QuestionId = questionId, UserId = who.UserId }));
        _questions.RecordUpvote(questionId, who.UserId);
        return upvoted;
    }

    public async Task<IReadOnlyList<RaisedHand>> RaiseHand(Participant who)
    {
        RequireJoined(who);
        var queue = _hands.Raise(who.UserId, who.Name, Now);
        await _nodes.Publish(new RoomDelivery(Hands: queue));
        return queue;
    }

    public async Task<IReadOnlyList<RaisedHand>> LowerHand(Participant who, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (userId != who.UserId)
        {
            RequireFacilitator(who);
        }

        var queue = _hands.Lower(userId);
        await _nodes.Publish(new RoomDelivery(Hands: queue, HandOwner: userId));
        return queue;
    }

    public async Task<PollView> Vote(Participant who, Guid pollId, int option)
    {
        RequireJoined(who);
        _polls.CheckVote(pollId, who.UserId, option);
        await using (var db = await Databases.CreateDbContextAsync())
        {
            db.PollVotes.Add(new PollVote { PollId = pollId, UserId = who.UserId, Option = option });
            await db.SaveChangesAsync();
        }

        var live = _polls.Voted(who.UserId, option);
        await _nodes.Publish(new RoomDelivery(LivePoll: live));
        return live;
    }

    public async Task<SessionEvent> StartPoll(Participant who, string question, IReadOnlyList<string> options)
    {
        RequireFacilitator(who);
        var opened = _polls.Open(RequireWebinar().Id, question, options, Now);
        var started = await AppendAsync(WebinarEventKind.Poll, who.UserId, PollEvent(opened), db => db.WebinarPolls.Add(opened.Row));
        _polls.Apply(opened);
        return started;
    }

    public async Task<SessionEvent> ClosePoll(Participant who, Guid pollId)
    {
        RequireFacilitator(who);
        var closed = _polls.Close(pollId, Now);
        var ended = await AppendAsync(WebinarEventKind.Poll, who.UserId, PollEvent(closed), db => db.WebinarPolls.Update(closed.Row));
        _polls.Apply(closed);
        return ended;
    }

    public Task<SessionEvent> ApproveQuestion(Participant who, Guid questionId)
    {
        RequireFacilitator(who);
        return ReplaceQuestionAsync(who, _questions.Approved(questionId));
    }

    public Task<SessionEvent> AnswerQuestion(Participant who, Guid questionId, bool dismiss)
    {
        RequireFacilitator(who);
        return ReplaceQuestionAsync(who, _questions.Answered(questionId, dismiss));
    }

    public Task<SessionEvent> DeleteMessage(Participant who, long messageSequence)
    {
        RequireFacilitator(who);
        RequireWebinar();
        // Only what is still in the replay window can be deleted live; older messages have scrolled far away.
        if (!_log.HoldsStandingChat(messageSequence))
        {
            throw RuleViolationException.NotFound("MessageNotFound");
        }

        return AppendAsync(WebinarEventKind.MessageDeleted, who.UserId, (sequence, at) =>
            new SessionEvent(sequence, WebinarEventKind.MessageDeleted, at, DeletedSequence: messageSequence));
    }

    public async Task Mute(Participant who, Guid userId, int minutes)
    {
        RequireFacilitator(who);
        if (minutes is < 1 or > 24 * 60)
        {
            throw RuleViolationException.Invalid("InvalidMuteTime");
        }

        var until = Now.AddMinutes(minutes);
        var id = RequireWebinar().Id;
        await using (var db = await Databases.CreateDbContextAsync())
        {
            var row = await db.WebinarMutes.SingleOrDefaultAsync(m => m.WebinarId == id && m.UserId == userId);
            if (row is null)
            {
                db.WebinarMutes.Add(new WebinarMute { WebinarId = id, UserId = userId, Until = until });
            }
            else
            {
                row.Until = until;
            }

            await db.SaveChangesAsync();
        }

        _speaking.Mute(userId, until);
    }

    public async Task<SessionEvent> SetSlide(Participant who, int slide)
    {
        RequireFacilitator(who);
        var webinar = RequireWebinar();
        if (slide > _deckSize)
        {
            // A slide published again or a PDF with more pages since the plan was read: count the deck afresh.
            await using var db = await Databases.CreateDbContextAsync();
            _deckSize = (await SlideDeck.LoadAsync(db, webinar.Slides)).Count;
        }

        if (slide < 1 || slide > _deckSize)
        {
            throw RuleViolationException.Invalid("InvalidSlide");
        }

        return await AppendAsync(WebinarEventKind.Slide, who.UserId, (sequence, at) => new SessionEvent(sequence, WebinarEventKind.Slide, at, Slide: slide), root: row => row.CurrentSlide = slide);
    }

    public Task<SessionEvent> End(Participant who)
    {
        RequireFacilitator(who);
        var webinar = RequireWebinar();
        return Ended ? throw RuleViolationException.Invalid("WebinarEnded") : EndAsync(webinar, who.UserId);
    }

    public async Task<SessionEvent?> EndIfForgotten()
    {
        if (_webinar is not { Status: WebinarStatus.Scheduled } webinar || Ended || Now < webinar.StartsAt.AddMinutes(webinar.DurationMinutes) + ClosingGrace)
        {
            return null;
        }

        return await EndAsync(webinar, webinar.CreatedBy);
    }

    /// <summary>
    /// The end, every open stretch closed and each attendee's course credit are one save of the room's rows: all of
    /// it is stored or none (then the facilitator, or the room's clock for a forgotten webinar, ends it again).
    /// Learners reckon and the plan hears of it afterwards; the clock runs on until the plan has.
    /// </summary>
    private async Task<SessionEvent> EndAsync(Webinar webinar, Guid actor)
    {
        var now = Now;
        var stretches = await _attendance.StretchesAsync();
        var credits = Credits(webinar, AttendanceLedger.Closed(stretches, now), now);
        var ended = await AppendAsync(WebinarEventKind.Ended, actor, (sequence, at) => new SessionEvent(sequence, WebinarEventKind.Ended, at),
            also: db =>
            {
                AttendanceLedger.CloseAllIn(db, stretches, now);
                db.WebinarCredits.AddRange(credits);
            },
            root: row => row.EndedAt = now);
        _present.Clear();
        _hands.Clear();
        await ReckonAsync(credits);
        await TellPlanItEndedAsync();
        await SetClockAsync();
        return ended;
    }

    public Task<IReadOnlyList<Attendee>> GetAttendees(Participant who)
    {
        RequireFacilitator(who);
        return Task.FromResult(_present.Attendees);
    }

    public Task<long> Subscribe(IWebinarRoomObserver node)
    {
        _nodes.Subscribe(node, Now);
        return Task.FromResult(_room?.LastSequence ?? 0);
    }

    public Task Unsubscribe(IWebinarRoomObserver node)
    {
        _nodes.Unsubscribe(node);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SessionEvent>> EventsAfter(long afterSequence) =>
        Task.FromResult<IReadOnlyList<SessionEvent>>([.. _log.After(afterSequence)]);

    /// <summary>On a graceful stop or when idle, whoever is still in the room leaves it now.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_webinar is not null && _present.Count > 0)
        {
            await _attendance.CloseAllAsync(Now);
            _present.Clear();
        }
    }

    protected override bool IsRoot(object entity) => entity is WebinarSession;

    private bool Ended => _room.EndedAt is not null;

    /// <summary>
    /// Tells the plan the room ended unless it knows; a plan that cannot hear it now (its node is going, its row
    /// cannot be written) hears it at the clock's next beat, which keeps going until then.
    /// </summary>
    private async Task TellPlanItEndedAsync()
    {
        if (_webinar is not { Status: WebinarStatus.Scheduled } webinar || _room.EndedAt is not { } endedAt)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<IWebinarGrain>(this.GetPrimaryKeyString()).Ended(endedAt);
            (webinar.Status, webinar.EndedAt) = (WebinarStatus.Ended, endedAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WebinarSessionLog.PlanNotTold(logger, webinar.Id, ex);
        }
    }

    /// <summary>The clock runs while the plan says scheduled and stops once the plan knows it ended or was cancelled.</summary>
    private async Task SetClockAsync()
    {
        if (_webinar is { Status: WebinarStatus.Scheduled })
        {
            await this.RegisterOrUpdateReminder(Clock, ClockPeriod, ClockPeriod);
        }
        else if (await this.GetReminder(Clock) is { } clock)
        {
            await this.UnregisterReminder(clock);
        }
    }

    private async Task LoadPlanAsync(AcademyDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var webinar = await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        _webinar = webinar;
        _hosts.Clear();
        if (webinar is not null)
        {
            _hosts.Add(webinar.CreatedBy);
            _hosts.UnionWith(await db.WebinarHosts.Where(h => h.WebinarId == id).Select(h => h.UserId).ToListAsync(cancellationToken));
            _deckSize = (await SlideDeck.LoadAsync(db, webinar.Slides, cancellationToken)).Count;
        }
    }

    private async Task<bool> HasSeatAsync(Guid webinarId, Guid userId)
    {
        await using var db = await Databases.CreateDbContextAsync();
        return await db.WebinarRegistrations.AnyAsync(r => r.WebinarId == webinarId && r.UserId == userId && r.State == RegistrationState.Registered);
    }

    /// <summary>
    /// When the webinar counts toward a course, each attendee's share of the time it ran becomes a credit; the
    /// course decides what share is enough.
    /// </summary>
    private List<WebinarCredit> Credits(Webinar webinar, IEnumerable<WebinarAttendance> stretches, DateTime endedAt)
    {
        if (webinar.CourseId is not { } courseId)
        {
            return [];
        }

        var ran = new Webinar { StartsAt = webinar.StartsAt, DurationMinutes = webinar.DurationMinutes, EndedAt = endedAt };
        return [.. stretches.GroupBy(a => a.UserId).Where(g => !_hosts.Contains(g.Key)).Select(g => new WebinarCredit
        {
            UserId = g.Key,
            WebinarId = webinar.Id,
            CourseId = courseId,
            AttendedPercent = AttendanceShare.Of(g, ran).Percent,
            CreditedAt = endedAt,
        })];
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

    private bool Facilitates(Participant who) => who.IsAdmin || _hosts.Contains(who.UserId);

    /// <summary>
    /// Stores one lasting change with the next sequence number, together with its rows and the root's new
    /// sequence and ETag, in one save; memory follows only after the save, so a failed write changes nothing.
    /// </summary>
    private async Task<SessionEvent> AppendAsync(WebinarEventKind kind, Guid actor, Func<long, DateTime, SessionEvent> make, Action<AcademyDbContext>? also = null, Action<WebinarSession>? root = null)
    {
        RequireWebinar();
        var change = make(_room.LastSequence + 1, Now);
        await using var db = await Databases.CreateDbContextAsync();
        var row = new WebinarSession { WebinarId = _room.WebinarId, LastSequence = _room.LastSequence, CurrentSlide = _room.CurrentSlide, EndedAt = _room.EndedAt, ETag = _room.ETag };
        if (_room.ETag == 0)
        {
            db.WebinarSessions.Add(row);
        }
        else
        {
            db.WebinarSessions.Attach(row);
        }

        row.LastSequence = change.Sequence;
        row.ETag = _room.ETag + 1;
        root?.Invoke(row);
        db.WebinarEvents.Add(new WebinarEvent { WebinarId = row.WebinarId, Sequence = change.Sequence, Kind = kind, ActorId = actor, PayloadJson = GrainJson.Serialize(change), At = change.At });
        also?.Invoke(db);
        await SaveStateAsync(db);

        _room = row;
        _log.Add(change);
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

    /// <summary>The checks before someone's words are stored: in the room, not muted, not too fast, a text of the right length.</summary>
    private string RequireSpeaker(Participant who, string text)
    {
        RequireJoined(who);
        var clean = text?.Trim() ?? "";
        if (clean.Length == 0)
        {
            throw RuleViolationException.Invalid("EmptyText");
        }

        if (clean.Length > Limits.WebinarText)
        {
            throw RuleViolationException.Invalid("TextTooLong");
        }

        _speaking.Admit(who.UserId, Facilitates(who), Now);
        return clean;
    }

    private void RequireJoined(Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        RequireWebinar();
        if (Ended)
        {
            throw RuleViolationException.Invalid("WebinarEnded");
        }

        if (!_present.Contains(who.UserId))
        {
            throw RuleViolationException.Invalid("NotJoined");
        }
    }

    private void RequireFacilitator(Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        RequireWebinar();
        if (!Facilitates(who))
        {
            throw RuleViolationException.Forbidden("NotAllowed");
        }
    }

    private Webinar RequireWebinar() =>
        _webinar is { Status: not WebinarStatus.Cancelled } webinar ? webinar : throw RuleViolationException.NotFound("WebinarNotFound");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

}
