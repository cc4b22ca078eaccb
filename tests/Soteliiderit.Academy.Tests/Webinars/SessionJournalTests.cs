using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class SessionJournalTests : IDisposable, IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _database = new();
    private readonly Guid _webinarId = Guid.NewGuid();
    private readonly SessionJournal _journal;

    public SessionJournalTests() => _journal = new SessionJournal(_database, _webinarId);

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        db.Webinars.Add(new Webinar { Id = _webinarId, Status = WebinarStatus.Scheduled, TitleFi = "Palaute etänä", StartsAt = Now, DurationMinutes = 60, Capacity = 100, CreatedAt = Now });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_change_whose_save_fails_leaves_the_sequence_and_the_log_as_they_were()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _journal.AppendAsync(WebinarEventKind.Slide, Guid.Empty, Now, Slide(2), _ => throw new InvalidOperationException("database away")));
        var afterFailure = (_journal.LastSequence, _journal.CurrentSlide, _journal.Log.After(0).Count());

        var stored = await _journal.AppendAsync(WebinarEventKind.Slide, Guid.Empty, Now, Slide(2), Save, root: row => row.CurrentSlide = 2);

        Assert.Equal((0L, 0, 0), afterFailure);
        Assert.Equal((1L, 2), (stored.Sequence, _journal.CurrentSlide));
        await using var db = _database.CreateContext();
        var room = await db.WebinarSessions.AsNoTracking().SingleAsync();
        Assert.Equal((1L, 2, 1), (room.LastSequence, room.CurrentSlide, room.ETag));
    }

    [Fact]
    public async Task A_journal_loaded_from_the_rows_goes_on_with_the_next_sequence_and_replays_what_was_stored()
    {
        for (var slide = 1; slide <= 3; slide++)
        {
            var current = slide;
            await _journal.AppendAsync(WebinarEventKind.Slide, Guid.Empty, Now, Slide(slide), Save, root: row => row.CurrentSlide = current);
        }

        var again = new SessionJournal(_database, _webinarId);
        await using (var db = _database.CreateContext())
        {
            await again.LoadAsync(db, CancellationToken.None);
        }

        var next = await again.AppendAsync(WebinarEventKind.Slide, Guid.Empty, Now, Slide(1), Save);

        Assert.Equal([2L, 3L, 4L], again.Log.After(1).Select(e => e.Sequence));
        Assert.Equal((4L, 3), (next.Sequence, again.CurrentSlide));
    }

    private static Func<long, DateTime, SessionEvent> Slide(int slide) =>
        (sequence, at) => new SessionEvent(sequence, WebinarEventKind.Slide, at, Slide: slide);

    private static Task Save(AcademyDbContext db) => db.SaveChangesAsync();
}
