using Microsoft.EntityFrameworkCore;
using Orleans;
using Orleans.Runtime;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class WebinarSessionGrainTests : IDisposable, IAsyncLifetime
{
    private static readonly Participant Facilitator = new(Guid.NewGuid(), "Kaisa Kouluttaja", IsAdmin: true);
    private static readonly Participant Anna = new(Guid.NewGuid(), "Anna Korhonen", IsAdmin: false);
    private static readonly Participant Pekka = new(Guid.NewGuid(), "Pekka Virtanen", IsAdmin: false);

    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private GrainTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        List<Guid> slides = [await _database.AddMaterialAsync("application/pdf", pages: 3), await _database.AddMaterialAsync(), await _database.AddMaterialAsync()];
        await using var db = _database.CreateContext();
        db.Webinars.Add(new Webinar
        {
            Id = _webinarId,
            Status = WebinarStatus.Scheduled,
            TitleFi = "Luottamus etätiimissä",
            StartsAt = _host.Time.GetUtcNow().UtcDateTime.AddMinutes(10),
            DurationMinutes = 60,
            LobbyMinutes = 15,
            Capacity = 100,
            OpenToAll = true,
            Slides = slides,
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private IWebinarSessionGrain Session => _host.Session(_webinarId);

    private async Task<Webinar> PlanRowAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Webinars.AsNoTracking().SingleAsync(w => w.Id == _webinarId);
    }

    private TickStatus Tick() => new(_host.Time.GetUtcNow().UtcDateTime, WebinarSessionGrain.ClockPeriod, _host.Time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task A_chat_message_is_stored_with_the_next_sequence_before_it_is_acknowledged()
    {
        await Session.Join(Anna, 0);

        var first = await Session.SendChat(Anna, "  Hei kaikki!  ");
        var second = await Session.SendChat(Anna, "Mukava olla mukana.");

        Assert.Equal((1, 2), (first.Sequence, second.Sequence));
        Assert.Equal("Hei kaikki!", first.Chat!.Text);
        await using var db = _database.CreateContext();
        Assert.Equal([1L, 2L], await db.WebinarEvents.Where(e => e.WebinarId == _webinarId).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(2, (await db.WebinarSessions.SingleAsync(s => s.WebinarId == _webinarId)).LastSequence);
    }

    [Fact]
    public async Task A_reconnecting_client_gets_exactly_what_it_missed_even_from_a_new_runtime()
    {
        await Session.Join(Anna, 0);
        await Session.Join(Pekka, 0);
        await Session.SendChat(Anna, "yksi");
        var seen = await Session.SendChat(Anna, "kaksi");
        await Session.SendChat(Pekka, "kolme");
        await Session.SetSlide(await JoinedFacilitatorAsync(), 4);

        // A crash: the runtime goes away without deactivating anything; a new one starts from the database.
        await using var restarted = new GrainTestHost(_database);
        var rejoined = await restarted.Session(_webinarId).Join(Anna, seen.Sequence);

        Assert.False(rejoined.Fresh);
        Assert.Equal([3L, 4L], rejoined.Events.Select(e => e.Sequence));
        Assert.Equal("kolme", rejoined.Events[0].Chat!.Text);
        Assert.Equal(4, rejoined.CurrentSlide);
    }

    [Fact]
    public async Task A_replay_join_answers_only_the_missed_events_and_the_room_as_it_stands_never_the_chat_again()
    {
        await Session.Join(Anna, 0);
        var seen = await Session.SendChat(Anna, "Huomenta");
        await Session.Ask(Anna, "Miten pidätte kahvitaukoja etänä?", anonymous: false);
        await Session.SendChat(Anna, "Uusi viesti");

        var rejoined = await Session.Join(Anna, seen.Sequence);

        Assert.False(rejoined.Fresh);
        Assert.Equal([2L, 3L], rejoined.Events.Select(e => e.Sequence));
        Assert.Empty(rejoined.RecentChat);
        Assert.Empty(rejoined.Questions);
        Assert.Equal(1, rejoined.AttendeeCount);
    }

    [Fact]
    public async Task A_message_or_question_sent_again_after_try_again_is_stored_once_and_a_later_one_with_the_same_words_is_new()
    {
        await Session.Join(Anna, 0);
        var chat = await Session.SendChat(Anna, "Kuuluuko ääni?");
        var question = await Session.Ask(Anna, "Miten sovitte etäpäivistä?", anonymous: true);

        var chatAgain = await Session.SendChat(Anna, " Kuuluuko ääni? ");
        var questionAgain = await Session.Ask(Anna, "Miten sovitte etäpäivistä?", anonymous: true);
        var pekkasOwn = await Session.SendChat(await JoinedAsync(Pekka), "Kuuluuko ääni?");
        _host.Time.Advance(SpeakingRules.RepeatWindow + TimeSpan.FromSeconds(1));
        var muchLater = await Session.SendChat(Anna, "Kuuluuko ääni?");

        Assert.Equal((chat.Sequence, question.Sequence), (chatAgain.Sequence, questionAgain.Sequence));
        Assert.Equal([1L, 2L, 3L, 4L], [chat.Sequence, question.Sequence, pekkasOwn.Sequence, muchLater.Sequence]);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.WebinarQuestions.CountAsync(q => q.WebinarId == _webinarId));
    }

    [Fact]
    public async Task Sending_the_same_words_again_is_a_new_message_once_the_first_was_deleted_and_a_muted_person_is_told_so()
    {
        await Session.Join(Anna, 0);
        var facilitator = await JoinedFacilitatorAsync();
        var first = await Session.SendChat(Anna, "Kuuluuko ääni?");
        await Session.DeleteMessage(facilitator, first.Sequence);

        var again = await Session.SendChat(Anna, "Kuuluuko ääni?");
        await Session.Mute(facilitator, Anna.UserId, 5);
        var muted = await Assert.ThrowsAsync<RuleViolationException>(() => Session.SendChat(Anna, "Kuuluuko ääni?"));

        Assert.NotEqual(first.Sequence, again.Sequence);
        Assert.Equal("Muted", muted.Code);
    }

    [Fact]
    public async Task A_first_join_or_a_gap_beyond_the_window_gets_a_fresh_snapshot()
    {
        await Session.Join(Anna, 0);
        await Session.SendChat(Anna, "Huomenta");

        var first = await Session.Join(Pekka, 0);
        var fromTheFuture = await Session.Join(Pekka, 99);

        Assert.True(first.Fresh);
        Assert.Empty(first.Events);
        Assert.Equal("Huomenta", Assert.Single(first.RecentChat).Text);
        Assert.Equal(1, first.LastSequence);
        Assert.True(fromTheFuture.Fresh);
    }

    [Fact]
    public async Task The_room_is_closed_before_the_lobby_opens_and_after_the_end()
    {
        var later = Guid.NewGuid();
        await using (var db = _database.CreateContext())
        {
            db.Webinars.Add(new Webinar { Id = later, Status = WebinarStatus.Scheduled, StartsAt = _host.Time.GetUtcNow().UtcDateTime.AddHours(1), DurationMinutes = 60, LobbyMinutes = 15 });
            await db.SaveChangesAsync();
        }

        var early = await Assert.ThrowsAsync<RuleViolationException>(() => _host.Session(later).Join(Anna, 0));
        await Session.End(await JoinedFacilitatorAsync());

        var late = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Join(Anna, 0));

        Assert.Equal(("RoomNotOpen", "WebinarEnded"), (early.Code, late.Code));
        var unknown = await Assert.ThrowsAsync<RuleViolationException>(() => _host.Session(Guid.NewGuid()).Join(Anna, 0));
        Assert.Equal(RuleKind.NotFound, unknown.Kind);
    }

    [Fact]
    public async Task The_room_writes_its_own_row_so_chat_never_raises_the_plans_ETag()
    {
        var planBefore = await PlanRowAsync();
        await Session.Join(Anna, 0);
        await Session.SendChat(Anna, "Hei kaikki!");
        await Session.SetSlide(Facilitator, 2);

        var planAfter = await PlanRowAsync();
        await using var db = _database.CreateContext();
        var room = await db.WebinarSessions.AsNoTracking().SingleAsync(s => s.WebinarId == _webinarId);
        Assert.Equal(planBefore.ETag, planAfter.ETag);
        Assert.Equal((2L, 2, 2), (room.LastSequence, room.CurrentSlide, room.ETag));
    }

    [Fact]
    public async Task An_end_the_plan_could_not_hear_of_reaches_it_at_the_rooms_next_beat()
    {
        await Session.Join(Anna, 0);
        // The plan's row cannot be written for a while (its database refuses, or its node died mid-call).
        await _database.ExecuteAsync("CREATE TRIGGER plan_refuses BEFORE UPDATE ON Webinars BEGIN SELECT RAISE(ABORT, 'plan unavailable'); END");
        await Session.End(Facilitator);
        var planWhileRefusing = await PlanRowAsync();
        var late = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Join(Pekka, 0));
        await _database.ExecuteAsync("DROP TRIGGER plan_refuses");

        await Session.AsReference<IRemindable>().ReceiveReminder(WebinarSessionGrain.Clock, Tick());

        var plan = await PlanRowAsync();
        await using var db = _database.CreateContext();
        var room = await db.WebinarSessions.AsNoTracking().SingleAsync(s => s.WebinarId == _webinarId);
        Assert.Equal("WebinarEnded", late.Code);
        Assert.Equal((WebinarStatus.Scheduled, (DateTime?)null), (planWhileRefusing.Status, planWhileRefusing.EndedAt));
        Assert.Equal((WebinarStatus.Ended, room.EndedAt), (plan.Status, plan.EndedAt));
        Assert.False(await db.GrainReminders.AnyAsync());
    }

    [Fact]
    public async Task The_rooms_clock_is_a_durable_reminder_that_ends_a_forgotten_webinar_and_then_stops()
    {
        await Session.Join(Anna, 0);
        var clock = Session.AsReference<IRemindable>();
        await using (var db = _database.CreateContext())
        {
            var reminder = await db.GrainReminders.SingleAsync(r => r.Name == WebinarSessionGrain.Clock);
            Assert.Equal(WebinarSessionGrain.ClockPeriod, reminder.Period);
        }

        await clock.ReceiveReminder(WebinarSessionGrain.Clock, Tick());
        _host.Time.Advance(TimeSpan.FromMinutes(10 + 60) + WebinarSessionGrain.ClosingGrace);
        await clock.ReceiveReminder(WebinarSessionGrain.Clock, Tick());

        await using (var db = _database.CreateContext())
        {
            Assert.Equal(WebinarStatus.Ended, (await db.Webinars.SingleAsync(w => w.Id == _webinarId)).Status);
            Assert.NotNull((await db.WebinarAttendance.SingleAsync(a => a.WebinarId == _webinarId)).LeftAt);
            Assert.False(await db.GrainReminders.AnyAsync());
        }
    }

    [Fact]
    public async Task A_webinar_nobody_ended_ends_by_itself_an_hour_after_its_scheduled_end()
    {
        await Session.Join(Anna, 0);
        await Session.SendChat(Anna, "Kiitos!");
        // Ten minutes to the start, sixty minutes long, and then the hour's grace.
        _host.Time.Advance(TimeSpan.FromMinutes(10 + 60) + WebinarSessionGrain.ClosingGrace - TimeSpan.FromMinutes(1));
        var stillRunning = await Session.EndIfForgotten();
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        // The room's clock (a reminder on the same time) may get there first; either way it ends once.
        await Session.EndIfForgotten();
        var again = await Session.EndIfForgotten();
        var late = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Join(Pekka, 0));

        Assert.Null(stillRunning);
        Assert.Null(again);
        Assert.Equal("WebinarEnded", late.Code);
        await using var db = _database.CreateContext();
        Assert.Equal(WebinarStatus.Ended, (await db.Webinars.SingleAsync(w => w.Id == _webinarId)).Status);
        Assert.Equal(2L, (await db.WebinarEvents.SingleAsync(e => e.WebinarId == _webinarId && e.Kind == WebinarEventKind.Ended)).Sequence);
    }

    [Theory]
    [InlineData("", "EmptyText")]
    [InlineData("   ", "EmptyText")]
    [InlineData(null, "EmptyText")]
    public async Task Empty_messages_are_refused_and_nothing_is_stored(string? text, string code)
    {
        await Session.Join(Anna, 0);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Session.SendChat(Anna, text!));

        Assert.Equal(code, refused.Code);
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task An_overlong_message_a_muted_user_and_someone_not_in_the_room_are_refused()
    {
        await Session.Join(Anna, 0);
        var facilitator = await JoinedFacilitatorAsync();
        var tooLong = await Assert.ThrowsAsync<RuleViolationException>(() => Session.SendChat(Anna, new string('a', 501)));
        var notJoined = await Assert.ThrowsAsync<RuleViolationException>(() => Session.SendChat(Pekka, "hei"));
        await Session.Mute(facilitator, Anna.UserId, minutes: 5);

        var muted = await Assert.ThrowsAsync<RuleViolationException>(() => Session.SendChat(Anna, "hei"));
        await using (var restarted = new GrainTestHost(_database))
        {
            await restarted.Session(_webinarId).Join(Anna, 0);
            var stillMuted = await Assert.ThrowsAsync<RuleViolationException>(() => restarted.Session(_webinarId).SendChat(Anna, "hei taas"));
            Assert.Equal("Muted", stillMuted.Code);
        }

        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await Session.SendChat(Anna, "Nyt saa puhua.");

        Assert.Equal(("TextTooLong", "NotJoined", "Muted"), (tooLong.Code, notJoined.Code, muted.Code));
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task A_flooding_user_is_slowed_down_and_others_are_not()
    {
        await Session.Join(Anna, 0);
        await Session.Join(Pekka, 0);
        for (var i = 0; i < SpeakingRules.MessagesPerWindow; i++)
        {
            await Session.SendChat(Anna, $"viesti {i}");
        }

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Session.SendChat(Anna, "vielä yksi"));
        await Session.SendChat(Pekka, "minä pääsen läpi");
        _host.Time.Advance(SpeakingRules.PaceWindow);
        await Session.SendChat(Anna, "ja taas saa");

        Assert.Equal("TooFast", refused.Code);
        Assert.Equal(SpeakingRules.MessagesPerWindow + 2, await EventCountAsync());
    }

    [Fact]
    public async Task Only_facilitators_moderate_and_a_deleted_message_leaves_the_snapshot()
    {
        await Session.Join(Anna, 0);
        var facilitator = await JoinedFacilitatorAsync();
        var message = await Session.SendChat(Anna, "poistettava");

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Session.DeleteMessage(Anna, message.Sequence));
        var deletion = await Session.DeleteMessage(facilitator, message.Sequence);
        var again = await Assert.ThrowsAsync<RuleViolationException>(() => Session.DeleteMessage(facilitator, message.Sequence));

        Assert.Equal("NotAllowed", refused.Code);
        Assert.Equal(message.Sequence, deletion.DeletedSequence);
        Assert.Equal("MessageNotFound", again.Code);
        Assert.Empty((await Session.Join(Pekka, 0)).RecentChat);
    }

    [Fact]
    public async Task Anonymous_and_unapproved_questions_show_only_to_whom_they_should()
    {
        await using (var db = _database.CreateContext())
        {
            await db.Webinars.Where(w => w.Id == _webinarId).ExecuteUpdateAsync(w => w.SetProperty(x => x.QuestionsNeedApproval, true));
        }

        await Session.Join(Anna, 0);
        await Session.Join(Pekka, 0);
        var facilitator = await JoinedFacilitatorAsync();
        var asked = await Session.Ask(Anna, "Miten pidän etätiimin yhdessä?", anonymous: true);
        var question = asked.Question!.Id;

        Assert.Empty((await Session.Join(Pekka, 0)).Questions);
        Assert.Equal(QuestionState.Pending, Assert.Single((await Session.Join(Anna, 0)).Questions).State);
        await Assert.ThrowsAsync<RuleViolationException>(() => Session.Upvote(Pekka, question));

        await Session.ApproveQuestion(facilitator, question);
        var seenByPekka = Assert.Single((await Session.Join(Pekka, 0)).Questions);
        var seenByFacilitator = Assert.Single((await Session.Join(facilitator, 0)).Questions);
        Assert.Null(seenByPekka.AuthorName);
        Assert.Equal("Anna Korhonen", seenByFacilitator.AuthorName);

        // Dismissed before anyone approved it: it never reaches the other attendees, live or on a rejoin.
        var pekkaSaw = (await Session.Join(Pekka, 0)).LastSequence;
        var unwanted = (await Session.Ask(Anna, "Saako tästä valittaa?", anonymous: false)).Question!.Id;
        var declined = await Session.AnswerQuestion(facilitator, unwanted, dismiss: true);
        Assert.Equal(QuestionState.Declined, declined.Question!.State);
        Assert.DoesNotContain((await Session.Join(Pekka, pekkaSaw)).Events, e => e.Question?.Id == unwanted);
        Assert.DoesNotContain((await Session.Join(Pekka, 0)).Questions, q => q.Id == unwanted);
        Assert.Contains((await Session.Join(facilitator, 0)).Questions, q => q.Id == unwanted);
    }

    [Fact]
    public async Task A_second_upvote_is_refused_and_answered_questions_take_no_more()
    {
        await Session.Join(Anna, 0);
        await Session.Join(Pekka, 0);
        var facilitator = await JoinedFacilitatorAsync();
        var question = (await Session.Ask(Anna, "Kysymys?", anonymous: false)).Question!.Id;

        var upvoted = await Session.Upvote(Pekka, question);
        var twice = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Upvote(Pekka, question));
        await Session.AnswerQuestion(facilitator, question, dismiss: false);
        var closed = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Upvote(Anna, question));

        Assert.Equal(1, upvoted.Question!.Upvotes);
        Assert.Equal(("AlreadyUpvoted", "QuestionClosed"), (twice.Code, closed.Code));
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.QuestionUpvotes.CountAsync());
        Assert.Equal(QuestionState.Answered, (await db.WebinarQuestions.SingleAsync()).State);
    }

    [Fact]
    public async Task A_poll_takes_one_vote_per_person_and_shows_results_to_attendees_when_closed()
    {
        await Session.Join(Anna, 0);
        await Session.Join(Pekka, 0);
        var facilitator = await JoinedFacilitatorAsync();
        var poll = (await Session.StartPoll(facilitator, "Montako etäpäivää viikossa?", ["0–1", "2–3", "4–5"])).Poll!;

        var live = await Session.Vote(Anna, poll.Id, 1);
        await Session.Vote(Pekka, poll.Id, 1);
        var twice = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Vote(Anna, poll.Id, 0));
        var invalid = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Vote(facilitator, poll.Id, 3));
        var whileOpenForAnna = await Session.Join(Anna, 0);
        var whileOpen = whileOpenForAnna.ActivePoll!;
        var whileOpenForFacilitator = await Session.Join(facilitator, 0);
        var closed = await Session.ClosePoll(facilitator, poll.Id);
        var late = await Assert.ThrowsAsync<RuleViolationException>(() => Session.Vote(facilitator, poll.Id, 0));

        Assert.Equal([0, 1, 0], live.Results);
        Assert.Null(whileOpen.Results);
        Assert.Equal([0, 2, 0], closed.Poll!.Results);
        Assert.False(closed.Poll.IsOpen);
        Assert.Equal(("AlreadyVoted", "InvalidOption", "PollClosed"), (twice.Code, invalid.Code, late.Code));
        Assert.True(whileOpenForAnna.HasVoted);
        Assert.False(whileOpenForFacilitator.HasVoted);

        // Someone who reloads, or comes late, still sees the results, even from a runtime started afresh.
        await using var restarted = new GrainTestHost(_database);
        var afterwards = (await restarted.Session(_webinarId).Join(Anna, 0)).ActivePoll!;
        Assert.Equal((poll.Id, false), (afterwards.Id, afterwards.IsOpen));
        Assert.Equal([0, 2, 0], afterwards.Results);
    }

    [Fact]
    public async Task Raised_hands_queue_in_order_and_the_facilitator_lowers_them()
    {
        await Session.Join(Anna, 0);
        await Session.Join(Pekka, 0);
        var facilitator = await JoinedFacilitatorAsync();
        await Session.RaiseHand(Pekka);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var queue = await Session.RaiseHand(Anna);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Session.LowerHand(Anna, Pekka.UserId));
        var after = await Session.LowerHand(facilitator, Pekka.UserId);

        Assert.Equal(["Pekka Virtanen", "Anna Korhonen"], queue.Select(h => h.Name));
        Assert.Equal("NotAllowed", refused.Code);
        Assert.Equal("Anna Korhonen", Assert.Single(after).Name);

        // A facilitator coming (back) into the room sees the queue at once; an attendee sees only their own hand.
        Assert.Equal(["Anna Korhonen"], (await Session.Join(facilitator, 0)).Hands.Select(h => h.Name));
        Assert.Equal(["Anna Korhonen"], (await Session.Join(Anna, 0)).Hands.Select(h => h.Name));
        Assert.Empty((await Session.Join(Pekka, 0)).Hands);
    }

    [Fact]
    public async Task Presence_counts_people_not_connections()
    {
        await Session.Join(Anna, 0);
        await Session.Join(Anna, 0);
        var withPekka = await Session.Join(Pekka, 0);

        Assert.Equal(2, withPekka.AttendeeCount);
        Assert.Equal(2, await Session.Leave(Anna));
        Assert.Equal(1, await Session.Leave(Anna));
    }

    [Fact]
    public async Task Two_hundred_messages_at_once_take_two_hundred_distinct_sequences()
    {
        var people = Enumerable.Range(0, 40).Select(i => new Participant(Guid.NewGuid(), $"Osallistuja {i}", false)).ToList();
        foreach (var person in people)
        {
            await Session.Join(person, 0);
        }

        var sent = await Task.WhenAll(people.SelectMany(person => Enumerable.Range(0, 5).Select(i => Session.SendChat(person, $"viesti {i}"))));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), sent.Select(e => e.Sequence).Order());
        Assert.Equal(200, await EventCountAsync());
    }

    private async Task<Participant> JoinedAsync(Participant who)
    {
        await Session.Join(who, 0);
        return who;
    }

    private async Task<Participant> JoinedFacilitatorAsync()
    {
        await Session.Join(Facilitator, 0);
        return Facilitator;
    }

    private async Task<int> EventCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.WebinarEvents.CountAsync(e => e.WebinarId == _webinarId);
    }
}

public sealed class SlideDeckTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_pdf_gives_a_slide_per_page_in_the_plans_order_and_a_draft_gives_none()
    {
        var picture = await _database.AddMaterialAsync();
        var pdf = await _database.AddMaterialAsync("application/pdf", pages: 3);
        var draft = await _database.AddMaterialAsync(status: Data.Materials.MaterialStatus.Draft);
        await using var db = _database.CreateContext();

        var deck = await SlideDeck.LoadAsync(db, [pdf, draft, picture]);

        Assert.Equal([(1, pdf, 1), (2, pdf, 2), (3, pdf, 3), (4, picture, 1)], deck.Select(s => (s.Number, s.MaterialId, s.Page)));
    }
}
