using Microsoft.EntityFrameworkCore;
using Orleans.Storage;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>
/// While membership changes Orleans can briefly run two activations of one grain: here two silos on one database
/// each activate the same webinar's session grain. The stale one's next sequence number is taken: it is refused with
/// InconsistentStateException, nothing is overwritten, and its retry starts from what is stored. (The plan grain
/// reads its row at every call, so it holds no stale copy; its ETag refuses a save whose row changed meanwhile.)
/// </summary>
public sealed class TwoWebinarActivationsTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_stale_session_activation_cannot_overwrite_a_sequence_and_its_retry_numbers_after_the_last_one()
    {
        var anna = new Participant(Guid.NewGuid(), "Anna Korhonen");
        await using var runtimeA = new GrainTestHost(_database);
        await using var runtimeB = new GrainTestHost(_database);
        await _database.AddOpenWebinarAsync(_webinarId, runtimeA.Time.GetUtcNow().UtcDateTime);

        await runtimeA.Session(_webinarId).Join(anna, 0);
        await runtimeA.Session(_webinarId).SendChat(anna, "yksi");
        await runtimeB.Session(_webinarId).Join(anna, 0);
        await runtimeB.Session(_webinarId).SendChat(anna, "kaksi");

        await Assert.ThrowsAsync<InconsistentStateException>(() => runtimeA.Session(_webinarId).SendChat(anna, "kolme"));

        Assert.Equal([(1L, "yksi"), (2L, "kaksi")], await ChatAsync());
        await runtimeA.Session(_webinarId).Join(anna, 0);
        Assert.Equal(3, (await runtimeA.Session(_webinarId).SendChat(anna, "kolme")).Sequence);
        Assert.Equal([(1L, "yksi"), (2L, "kaksi"), (3L, "kolme")], await ChatAsync());
    }

    /// <summary>The stored chat, as a fresh activation reads it back: sequence and text.</summary>
    private async Task<List<(long, string)>> ChatAsync()
    {
        await using var db = _database.CreateContext();
        var events = await db.WebinarEvents.AsNoTracking().Where(e => e.WebinarId == _webinarId).OrderBy(e => e.Sequence).ToListAsync();
        return [.. events.Select(e => (e.Sequence, GrainJson.Deserialize<SessionEvent>(e.PayloadJson).Chat!.Text))];
    }
}
