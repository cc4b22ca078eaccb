using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class RoomPeopleTests : IDisposable, IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 12, 3, 13, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private readonly RoomPeople _people;

    public RoomPeopleTests() => _people = new RoomPeople(_database, _webinarId);

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        db.Webinars.Add(new Webinar { Id = _webinarId, Status = WebinarStatus.Scheduled, TitleFi = "Etäjohtamisen arki", StartsAt = Start, DurationMinutes = 60, Capacity = 500, OpenToAll = true, CreatedAt = Start });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Someone_on_two_tabs_stays_when_one_closes_and_leaving_with_the_last_lowers_their_hand_and_ends_their_stretch()
    {
        var tiina = new Participant(Guid.NewGuid(), "Tiina Testaaja", Node: "node-a");
        await _people.ArriveAsync(tiina, hosting: false, Start);
        await _people.ArriveAsync(tiina, hosting: false, Start.AddMinutes(1));
        _people.Hands.Raise(tiina.UserId, tiina.Name, Start.AddMinutes(2));

        var leftWithFirst = await _people.LeaveAsync(tiina, Start.AddMinutes(3));
        var handAfterFirst = _people.Hands.Queue.Count;
        var leftWithLast = await _people.LeaveAsync(tiina, Start.AddMinutes(4));

        Assert.False(leftWithFirst);
        Assert.Equal(1, handAfterFirst);
        Assert.True(leftWithLast);
        Assert.Equal(0, _people.Count);
        Assert.Empty(_people.Hands.Queue);
        var stretch = Assert.Single(await _people.Attendance.StretchesAsync());
        Assert.Equal((Start, (DateTime?)Start.AddMinutes(4)), (stretch.JoinedAt, stretch.LeftAt));
    }

    [Fact]
    public async Task People_held_only_by_a_silent_node_leave_the_count_and_the_queue_and_nobody_else_does()
    {
        var onDeadNode = new Participant(Guid.NewGuid(), "Anna Korhonen", Node: "node-a");
        var onLiveNode = new Participant(Guid.NewGuid(), "Björn Lindqvist", Node: "node-b");
        foreach (var who in new[] { onDeadNode, onLiveNode })
        {
            await _people.ArriveAsync(who, hosting: false, Start);
            _people.Hands.Raise(who.UserId, who.Name, Start);
        }

        var nobodyGone = _people.DropSilentNodes(node => false);
        var queue = _people.DropSilentNodes(node => node == "node-a");

        Assert.Null(nobodyGone);
        Assert.Equal([onLiveNode.UserId], queue!.Select(h => h.UserId));
        Assert.Equal([onLiveNode.UserId], _people.Attendees.Select(a => a.UserId));
    }
}
