using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class WebinarGrainTests : IDisposable, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private GrainTestHost _host = null!;
    private Participant _facilitator = null!;

    public async Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        _facilitator = new Participant(await _database.AddUserAsync("Kaisa Kouluttaja"), "Kaisa Kouluttaja");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private IWebinarGrain Webinar => _host.Webinar(_webinarId);

    private DateTime Now => _host.Time.GetUtcNow().UtcDateTime;

    private WebinarPlan Plan(int capacity = 2, bool openToAll = false, DateTime? startsAt = null, IReadOnlyList<Guid>? coFacilitators = null) => new(
        new LocalizedText("Palautteen antaminen etänä", "Att ge feedback på distans"),
        startsAt ?? Now.AddDays(7),
        DurationMinutes: 60,
        LobbyMinutes: 10,
        capacity,
        openToAll,
        QuestionsNeedApproval: false,
        CourseId: null,
        StreamUrl: "https://stream.example.fi/live/palaute",
        Slides: [],
        coFacilitators ?? []);

    [Fact]
    public async Task A_malformed_plan_is_refused_field_by_field_and_nothing_is_stored()
    {
        var bad = Plan(capacity: 0, startsAt: Now.AddHours(-1)) with { Title = LocalizedText.Empty, StreamUrl = "javascript:alert(1)", DurationMinutes = 2 };

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Webinar.Schedule(_facilitator, bad));

        Assert.Equal(
            ["Capacity:OutOfRange", "DurationMinutes:OutOfRange", "StartsAt:InThePast", "StreamUrl:WebAddress", "Title:Required"],
            refused.FieldErrors.Select(e => $"{e.Field}:{e.Code}").Order());
        await using var db = _database.CreateContext();
        Assert.False(await db.Webinars.AnyAsync());
    }

    [Fact]
    public async Task When_the_seats_are_taken_people_queue_and_a_freed_seat_goes_to_the_first_in_line()
    {
        await Webinar.Schedule(_facilitator, Plan(capacity: 2));
        var people = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await _database.AddUserAsync($"Esihenkilö {i}"));
        }

        var views = new List<RegistrationView>();
        foreach (var person in people)
        {
            views.Add(await Webinar.Register(person));
            _host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var again = await Webinar.Register(people[3]);
        await Webinar.CancelRegistration(people[0]);

        Assert.Equal(
            [new(RegistrationState.Registered, null), new(RegistrationState.Registered, null), new(RegistrationState.Waiting, 1), new RegistrationView(RegistrationState.Waiting, 2)],
            views);
        Assert.Equal(new RegistrationView(RegistrationState.Waiting, 2), again);
        Assert.Equal(new RegistrationView(RegistrationState.Registered, null), await Webinar.Register(people[2]));
        Assert.Equal(new RegistrationView(RegistrationState.Waiting, 1), await Webinar.Register(people[3]));
        await using var db = _database.CreateContext();
        var promoted = await db.WebinarRegistrations.SingleAsync(r => r.UserId == people[2]);
        Assert.Equal(RegistrationNotice.SeatGiven, promoted.Notice);
        Assert.False(await db.WebinarRegistrations.AnyAsync(r => r.UserId == people[0]));
    }

    [Fact]
    public async Task Registering_many_at_once_seats_them_in_the_order_given_queues_the_rest_in_that_order_and_leaves_the_registered_where_they_were()
    {
        await Webinar.Schedule(_facilitator, Plan(capacity: 3));
        var early = await _database.AddUserAsync("Aikaisin Ilmoittautunut");
        await Webinar.Register(early);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var people = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await _database.AddUserAsync($"Osoitettu {i}"));
        }

        await Webinar.RegisterAll([people[5], .. people[..5], early, people[0]]);

        var seated = await Task.WhenAll(new[] { early, people[5], people[0] }.Select(p => Webinar.Register(p)));
        var line = await Task.WhenAll(people[1..5].Select(p => Webinar.Register(p)));
        Assert.All(seated, view => Assert.Equal(new RegistrationView(RegistrationState.Registered, null), view));
        Assert.Equal(new int?[] { 1, 2, 3, 4 }, line.Select(view => view.Position));
    }

    [Fact]
    public async Task Twenty_people_racing_for_five_seats_get_exactly_five()
    {
        await Webinar.Schedule(_facilitator, Plan(capacity: 5));
        var people = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            people.Add(await _database.AddUserAsync($"Esihenkilö {i}"));
        }

        var views = await Task.WhenAll(people.Select(p => Task.Run(() => Webinar.Register(p))));
        var waiting = people.Where((_, i) => views[i].State == RegistrationState.Waiting).ToList();
        var line = await Task.WhenAll(waiting.Select(p => Webinar.Register(p)));

        Assert.Equal(5, views.Count(v => v.State == RegistrationState.Registered));
        Assert.Equal(Enumerable.Range(1, 15), line.Select(v => v.Position!.Value).Order());
    }

    [Fact]
    public async Task Moving_the_webinar_tells_its_registrants_and_bumps_the_calendar_sequence_and_cancelling_closes_the_room()
    {
        await Webinar.Schedule(_facilitator, Plan(capacity: 5));
        var anna = await _database.AddUserAsync("Anna Korhonen");
        await Webinar.Register(anna);

        await Webinar.Schedule(_facilitator, Plan(capacity: 5) with { Title = new LocalizedText("Uusi nimi") });
        var unchanged = await StoredAsync();
        await Webinar.Schedule(_facilitator, Plan(capacity: 5, startsAt: Now.AddDays(8)));
        var moved = await StoredAsync();
        await Webinar.Cancel(_facilitator);
        var cancelled = await StoredAsync();

        Assert.Equal((0, (RegistrationNotice?)null), (unchanged.Webinar.CalendarSequence, unchanged.Notice));
        Assert.Equal((1, (RegistrationNotice?)RegistrationNotice.Moved), (moved.Webinar.CalendarSequence, moved.Notice));
        Assert.Equal((2, (RegistrationNotice?)RegistrationNotice.Cancelled, WebinarStatus.Cancelled), (cancelled.Webinar.CalendarSequence, cancelled.Notice, cancelled.Webinar.Status));
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _host.Session(_webinarId).Join(new Participant(anna, "Anna"), 0));
        Assert.Equal("WebinarNotFound", refused.Code);
        await Assert.ThrowsAsync<RuleViolationException>(() => Webinar.Register(anna));

        async Task<(Webinar Webinar, RegistrationNotice? Notice)> StoredAsync()
        {
            await using var db = _database.CreateContext();
            return (await db.Webinars.SingleAsync(), (await db.WebinarRegistrations.SingleAsync()).Notice);
        }
    }

    [Fact]
    public async Task Only_registered_people_join_a_closed_webinar_and_a_co_facilitator_moderates_it()
    {
        var coFacilitator = await _database.AddUserAsync("Olli Ohjaaja");
        await Webinar.Schedule(_facilitator, Plan(capacity: 1, startsAt: Now.AddMinutes(5), coFacilitators: [coFacilitator]));
        var anna = new Participant(await _database.AddUserAsync("Anna Korhonen"), "Anna Korhonen");
        var pekka = new Participant(await _database.AddUserAsync("Pekka Virtanen"), "Pekka Virtanen");
        var room = _host.Session(_webinarId);

        var unregistered = await Assert.ThrowsAsync<RuleViolationException>(() => room.Join(anna, 0));
        await Webinar.Register(anna.UserId);
        await Webinar.Register(pekka.UserId);
        var waiting = await Assert.ThrowsAsync<RuleViolationException>(() => room.Join(pekka, 0));
        var joined = await room.Join(anna, 0);
        var olli = new Participant(coFacilitator, "Olli Ohjaaja");
        var hosting = await room.Join(olli, 0);
        var poll = await room.StartPoll(olli, "Onko aikataulu sopiva?", ["Kyllä", "Ei"]);
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => room.ClosePoll(anna, poll.Poll!.Id));

        Assert.Equal(("NotRegistered", "NotRegistered"), (unregistered.Code, waiting.Code));
        Assert.Equal((false, true), (joined.IsFacilitator, hosting.IsFacilitator));
        Assert.True(poll.Poll!.IsOpen);
        Assert.Equal("NotAllowed", refused.Code);
    }

    [Fact]
    public async Task Only_its_creator_and_admins_change_the_plan_cancel_or_set_the_recording_not_its_co_facilitators()
    {
        var co = new Participant(await _database.AddUserAsync("Olli Ohjaaja"), "Olli Ohjaaja");
        await Webinar.Schedule(_facilitator, Plan(coFacilitators: [co.UserId]));
        var stranger = new Participant(await _database.AddUserAsync("Muu Kouluttaja"), "Muu Kouluttaja");

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Webinar.Schedule(stranger, Plan(capacity: 99)));
        var byCo = await Assert.ThrowsAsync<RuleViolationException>(() => Webinar.Schedule(co, Plan(capacity: 99, openToAll: true)));
        await Assert.ThrowsAsync<RuleViolationException>(() => Webinar.Cancel(co));
        await Assert.ThrowsAsync<RuleViolationException>(() => Webinar.SetRecording(co, "https://example.org/x"));
        await Webinar.Schedule(stranger with { IsAdmin = true }, Plan(capacity: 7, coFacilitators: [co.UserId]));

        Assert.Equal((RuleKind.Forbidden, "OnlyCreator"), (refused.Kind, refused.Code));
        Assert.Equal("OnlyCreator", byCo.Code);
        await using var db = _database.CreateContext();
        Assert.Equal(7, (await db.Webinars.SingleAsync()).Capacity);
    }

    [Fact]
    public async Task A_webinar_cannot_be_moved_into_the_past_but_keeps_its_time_while_other_details_change()
    {
        // Scheduled through the API with seconds; the form sends the same start back without them.
        var minute = Now.AddTicks(-(Now.Ticks % TimeSpan.TicksPerMinute)).AddMinutes(30);
        var plan = Plan(startsAt: minute.AddSeconds(17));
        await Webinar.Schedule(_facilitator, plan);
        var anna = await _database.AddUserAsync("Anna Korhonen");
        await Webinar.Register(anna);
        _host.Time.Advance(TimeSpan.FromHours(1));

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Webinar.Schedule(_facilitator, plan with { StartsAt = Now.AddMinutes(-5) }));
        await Webinar.Schedule(_facilitator, plan with { StartsAt = minute, Capacity = 40 });

        Assert.Equal("StartsAt", Assert.Single(refused.FieldErrors).Field);
        await using var db = _database.CreateContext();
        Assert.Equal((minute, 40, 0), await db.Webinars.Select(w => ValueTuple.Create(w.StartsAt, w.Capacity, w.CalendarSequence)).SingleAsync());
        Assert.Null((await db.WebinarRegistrations.SingleAsync()).Notice);
    }
}
