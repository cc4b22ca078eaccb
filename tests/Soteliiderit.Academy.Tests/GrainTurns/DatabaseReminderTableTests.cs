using Orleans;
using Orleans.Runtime;
using Soteliiderit.Academy.Grains.Scheduling;

namespace Soteliiderit.Academy.Tests.GrainTurns;

/// <summary>The reminder table Orleans keeps the rooms' clocks in, on the academy's own database.</summary>
public sealed class DatabaseReminderTableTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly DatabaseReminderTable _table;

    public DatabaseReminderTableTests() => _table = new DatabaseReminderTable(_database);

    [Fact]
    public async Task A_reminder_is_stored_read_back_and_changed_with_a_new_etag()
    {
        var grain = GrainId.Create("webinarsession", Guid.NewGuid().ToString());

        var first = await _table.UpsertRow(Entry(grain, TimeSpan.FromMinutes(1)));
        var second = await _table.UpsertRow(Entry(grain, TimeSpan.FromMinutes(5)));
        var read = await _table.ReadRow(grain, "room-clock");

        Assert.NotEqual(first, second);
        Assert.Equal((TimeSpan.FromMinutes(5), second), (read!.Period, read.ETag));
        Assert.Equal(grain, Assert.Single((await _table.ReadRows(grain)).Reminders).GrainId);
    }

    [Fact]
    public async Task Removing_with_a_stale_etag_is_refused_and_keeps_the_reminder()
    {
        var grain = GrainId.Create("webinarsession", Guid.NewGuid().ToString());
        var stale = await _table.UpsertRow(Entry(grain, TimeSpan.FromMinutes(1)));
        var current = await _table.UpsertRow(Entry(grain, TimeSpan.FromMinutes(1)));

        Assert.False(await _table.RemoveRow(grain, "room-clock", stale!));
        Assert.NotNull(await _table.ReadRow(grain, "room-clock"));
        Assert.True(await _table.RemoveRow(grain, "room-clock", current!));
        Assert.Null(await _table.ReadRow(grain, "room-clock"));
    }

    [Fact]
    public async Task A_silo_reads_the_reminders_of_its_hash_range_also_when_the_range_wraps()
    {
        var grains = Enumerable.Range(0, 40).Select(_ => GrainId.Create("webinarsession", Guid.NewGuid().ToString())).ToList();
        foreach (var grain in grains)
        {
            await _table.UpsertRow(Entry(grain, TimeSpan.FromMinutes(1)));
        }

        var middle = grains.Select(g => g.GetUniformHashCode()).Order().ElementAt(20);
        var below = (await _table.ReadRows(0, middle)).Reminders.Select(r => r.GrainId).ToHashSet();
        var wrapping = (await _table.ReadRows(middle, 0)).Reminders.Select(r => r.GrainId).ToHashSet();

        Assert.Equal(grains.Where(g => g.GetUniformHashCode() <= middle).ToHashSet(), below);
        Assert.Equal(grains.Where(g => g.GetUniformHashCode() > middle).ToHashSet(), wrapping);
    }

    public void Dispose() => _database.Dispose();

    private static ReminderEntry Entry(GrainId grain, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = "room-clock", StartAt = new DateTime(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc), Period = period };
}
