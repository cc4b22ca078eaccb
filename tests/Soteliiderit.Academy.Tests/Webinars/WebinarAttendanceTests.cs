using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Tests.Courses;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class WebinarAttendanceTests : IDisposable, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private readonly SampleCourse _course = new();
    private GrainTestHost _host = null!;
    private Participant _facilitator = null!;
    private Participant _anna = null!;
    private Participant _pekka = null!;

    public async Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        _facilitator = new Participant(await _database.AddUserAsync("Kaisa Kouluttaja"), "Kaisa Kouluttaja");
        _anna = new Participant(await _database.AddUserAsync("Anna Korhonen"), "Anna Korhonen");
        _pekka = new Participant(await _database.AddUserAsync("Pekka Virtanen"), "Pekka Virtanen");
        var draft = await _host.Course(_course.Id).Create(_course.Content with { WebinarsRequired = 1 }, _facilitator.UserId);
        await _host.Course(_course.Id).Publish(draft.Revision, _facilitator.UserId);
        await _host.Webinar(_webinarId).Schedule(_facilitator, new WebinarPlan(
            new LocalizedText("Etätiimin palaveri"), Now.AddMinutes(5), DurationMinutes: 60, LobbyMinutes: 10, Capacity: 10,
            OpenToAll: true, QuestionsNeedApproval: false, _course.Id, StreamUrl: null, Slides: [], CoFacilitators: []));
        _host.Time.Advance(TimeSpan.FromMinutes(5));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private IWebinarSessionGrain Room => _host.Session(_webinarId);

    private DateTime Now => _host.Time.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Each_stretch_in_the_room_is_stored_as_it_happens_and_two_tabs_make_one_stretch()
    {
        var joinedAt = Now;
        await Room.Join(_anna, 0);
        await Room.Join(_anna, 0);
        var open = await StretchesAsync();
        await PassAsync(20);
        await Room.Leave(_anna);
        var oneTabLeft = await StretchesAsync();
        await PassAsync(10);
        await Room.Leave(_anna);

        var closed = Assert.Single(await StretchesAsync());
        Assert.Equal((joinedAt, (DateTime?)null), (Assert.Single(open).JoinedAt, open[0].LeftAt));
        Assert.Null(Assert.Single(oneTabLeft).LeftAt);
        Assert.Equal(joinedAt.AddMinutes(30), closed.LeftAt);
    }

    [Fact]
    public async Task The_heartbeat_keeps_a_last_seen_time_and_a_graceful_stop_closes_open_stretches()
    {
        await Room.Join(_anna, 0);
        await PassAsync(1);
        await Room.Heartbeat();
        var seen = Assert.Single(await StretchesAsync()).SeenAt;
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        await _host.StopAsync();

        Assert.Equal(Now.AddMinutes(-1), seen);
        Assert.Equal(Now, Assert.Single(await StretchesAsync()).LeftAt);
    }

    [Fact]
    public async Task Attending_at_least_the_courses_share_of_the_time_it_ran_completes_the_course_when_the_webinar_ends()
    {
        await CompleteLessonsAsync(_anna);
        await CompleteLessonsAsync(_pekka);
        await Room.Join(_facilitator, 0);
        await Room.Join(_anna, 0);
        await PassAsync(15);
        await Room.Join(_pekka, 0);
        await PassAsync(30);
        await Room.Leave(_pekka);
        await PassAsync(10);
        var before = await _host.Learner(_anna.UserId).GetProgress(_course.Id);

        await Room.End(_facilitator);

        var anna = await _host.Learner(_anna.UserId).GetProgress(_course.Id);
        var pekka = await _host.Learner(_pekka.UserId).GetProgress(_course.Id);
        Assert.Equal((false, 0), (before!.Completion.IsComplete, before.Completion.WebinarsAttended));
        Assert.True(anna!.Completion.IsComplete, "all 55 minutes of a webinar ended after 55 is above 75 %");
        Assert.NotNull(anna.Certificate);
        Assert.False(pekka!.Completion.IsComplete, "30 of 55 minutes is below 75 %");
        Assert.Null(pekka.Certificate);
        await using var db = _database.CreateContext();
        Assert.Equal(
            [(_anna.UserId, 100), (_pekka.UserId, 54)],
            (await db.WebinarCredits.ToListAsync()).Select(c => (c.UserId, c.AttendedPercent)).OrderBy(c => c.AttendedPercent).Reverse());
        Assert.DoesNotContain(await StretchesAsync(), s => s.LeftAt is null);
    }

    [Fact]
    public async Task Attendance_nobody_vouches_for_any_more_ends_at_its_last_heartbeat_and_the_rest_goes_on()
    {
        await Room.Join(_anna, 0);
        // Pekka was counted by an activation on a node that died: his stretch is open, seen five minutes ago.
        var lastSeen = Now.AddMinutes(-5);
        await using (var db = _database.CreateContext())
        {
            db.WebinarAttendance.Add(new Data.Webinars.WebinarAttendance { WebinarId = _webinarId, UserId = _pekka.UserId, JoinedAt = lastSeen.AddMinutes(-10), SeenAt = lastSeen });
            await db.SaveChangesAsync();
        }

        await Room.AsReference<Orleans.IRemindable>().ReceiveReminder(WebinarSessionGrain.Clock, new Orleans.Runtime.TickStatus(Now, WebinarSessionGrain.ClockPeriod, Now));

        var stretches = await StretchesAsync();
        Assert.Equal(lastSeen, stretches.Single(a => a.UserId == _pekka.UserId).LeftAt);
        Assert.Null(stretches.Single(a => a.UserId == _anna.UserId).LeftAt);
    }

    [Fact]
    public async Task Ending_stores_the_end_the_closed_attendance_and_the_credits_together_or_nothing_of_them()
    {
        await Room.Join(_anna, 0);
        await PassAsync(10);
        // Something stands in the way of Anna's credit (as a database failing mid-save would).
        await using (var db = _database.CreateContext())
        {
            db.WebinarCredits.Add(new Data.Webinars.WebinarCredit { UserId = _anna.UserId, WebinarId = _webinarId, CourseId = _course.Id, AttendedPercent = 0, CreditedAt = Now });
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAnyAsync<Exception>(() => Room.End(_facilitator));
        var (statusAfterFailure, openAfterFailure) = await StateAsync();
        await using (var db = _database.CreateContext())
        {
            await db.WebinarCredits.Where(c => c.WebinarId == _webinarId).ExecuteDeleteAsync();
        }

        await Room.End(_facilitator);

        Assert.Equal((Data.Webinars.WebinarStatus.Scheduled, 1), (statusAfterFailure, openAfterFailure));
        Assert.Equal((Data.Webinars.WebinarStatus.Ended, 0), await StateAsync());
        await using var check = _database.CreateContext();
        Assert.Equal(_anna.UserId, (await check.WebinarCredits.SingleAsync(c => c.WebinarId == _webinarId)).UserId);
    }

    [Fact]
    public async Task People_on_a_node_that_died_stop_being_counted_and_their_stretch_ends_at_their_last_heartbeat()
    {
        var (doomed, survivor) = (Node(), Node());
        await Room.Subscribe(doomed);
        await Room.Subscribe(survivor);
        var joinedAt = Now;
        await Room.Join(_anna with { Node = RoomSubscribers.KeyOf(doomed) }, 0);
        await Room.Join(_pekka with { Node = RoomSubscribers.KeyOf(survivor) }, 0);

        // The first node dies: only the other one goes on renewing.
        await RenewingAsync(survivor, minutes: 1);
        var attendees = await Room.GetAttendees(_facilitator);
        await RenewingAsync(survivor, minutes: 2);

        var stretches = await StretchesAsync();
        var anna = stretches.Single(a => a.UserId == _anna.UserId);
        Assert.Equal([_pekka.UserId], attendees.Select(a => a.UserId));
        Assert.Equal(anna.SeenAt, anna.LeftAt);
        Assert.InRange(anna.LeftAt!.Value, joinedAt, joinedAt + RoomSubscribers.Expiry);
        Assert.Null(stretches.Single(a => a.UserId == _pekka.UserId).LeftAt);
    }

    [Fact]
    public async Task People_who_stayed_on_a_live_node_are_counted_again_by_a_re_activated_grain_and_stay_in_the_room()
    {
        var survivor = Node();
        await Room.Subscribe(survivor);
        var (anna, pekka) = (_anna with { Node = RoomSubscribers.KeyOf(survivor) }, _pekka with { Node = RoomSubscribers.KeyOf(survivor) });
        await Room.Join(anna, 0);
        await Room.Join(pekka, 0);
        await Room.Join(pekka, 0);

        // The grain moves; its new activation has heard of nobody until the node that holds them renews.
        await _host.DeactivateAsync(Room);
        var forgotten = await Room.GetAttendees(_facilitator);
        var renewal = await Room.Subscribe(survivor);
        await Room.Vouch(survivor, [anna, pekka, pekka]);
        var renewed = await Room.Subscribe(survivor);
        await RenewingAsync(survivor, minutes: 3);
        await Room.Leave(pekka);
        var oneTabLeft = await Room.GetAttendees(_facilitator);

        Assert.Empty(forgotten);
        Assert.Equal((false, true), (renewal.CountsNode, renewed.CountsNode));
        Assert.Equal([_anna.UserId, _pekka.UserId], oneTabLeft.Select(a => a.UserId));
        var open = (await StretchesAsync()).Where(a => a.LeftAt is null).Select(a => a.UserId).Order();
        Assert.Equal(new[] { _anna.UserId, _pekka.UserId }.Order(), open);
    }

    /// <summary>Time passes as it does in the academy: the attendance clock beats every minute, which also keeps the room active.</summary>
    private async Task PassAsync(int minutes)
    {
        for (var i = 0; i < minutes; i++)
        {
            _host.Time.Advance(TimeSpan.FromMinutes(1));
            await Room.Heartbeat();
        }
    }

    private async Task<(Data.Webinars.WebinarStatus Status, int Open)> StateAsync()
    {
        await using var db = _database.CreateContext();
        return ((await db.Webinars.SingleAsync(w => w.Id == _webinarId)).Status, await db.WebinarAttendance.CountAsync(a => a.WebinarId == _webinarId && a.LeftAt == null));
    }

    /// <summary>A node's room subscription, as a node's feed is to the grain.</summary>
    private IWebinarRoomObserver Node() => _host.Grains.CreateObjectReference<IWebinarRoomObserver>(new SilentNode());

    /// <summary>Time passes in steps shorter than a node's expiry; the node renews at each, and the room's clock beats every minute.</summary>
    private async Task RenewingAsync(IWebinarRoomObserver node, int minutes)
    {
        for (var minute = 0; minute < minutes; minute++)
        {
            for (var step = 0; step < 4; step++)
            {
                _host.Time.Advance(TimeSpan.FromSeconds(15));
                await Room.Subscribe(node);
            }

            await Room.AsReference<Orleans.IRemindable>().ReceiveReminder(WebinarSessionGrain.Clock, new Orleans.Runtime.TickStatus(Now, WebinarSessionGrain.ClockPeriod, Now));
        }
    }

    private async Task CompleteLessonsAsync(Participant who)
    {
        var learner = _host.Learner(who.UserId);
        await learner.Enroll(_course.Id);
        await learner.CompleteLesson(_course.Id, _course.Text.Key);
        await learner.CompleteLesson(_course.Id, _course.Video.Key);
        await learner.SubmitReflection(_course.Id, _course.Reflection.Key, "Kerron odotukseni ääneen.");
        await learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, _course.RightAnswers);
    }

    private async Task<List<Data.Webinars.WebinarAttendance>> StretchesAsync()
    {
        await using var db = _database.CreateContext();
        return await db.WebinarAttendance.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    private sealed class SilentNode : IWebinarRoomObserver
    {
        public Task Deliver(RoomDelivery delivery) => Task.CompletedTask;
    }
}
