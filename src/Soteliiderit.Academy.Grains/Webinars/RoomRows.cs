using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>The room's stored questions, mutes and latest poll, read into the plain classes that hold their rules.</summary>
public static class RoomRows
{
    public static async Task LoadAsync(AcademyDbContext db, Guid webinarId, QuestionBoard questions, SpeakingRules speaking, SessionPolls polls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(speaking);
        ArgumentNullException.ThrowIfNull(polls);
        questions.Load(
            await db.WebinarQuestions.AsNoTracking().Where(q => q.WebinarId == webinarId).ToListAsync(cancellationToken),
            await db.QuestionUpvotes.Where(u => db.WebinarQuestions.Any(q => q.Id == u.QuestionId && q.WebinarId == webinarId))
                .Select(u => new ValueTuple<Guid, Guid>(u.QuestionId, u.UserId)).ToListAsync(cancellationToken));
        foreach (var mute in await db.WebinarMutes.AsNoTracking().Where(m => m.WebinarId == webinarId).ToListAsync(cancellationToken))
        {
            speaking.Mute(mute.UserId, mute.Until);
        }

        if (await db.WebinarPolls.AsNoTracking().Where(p => p.WebinarId == webinarId).OrderByDescending(p => p.OpenedAt).FirstOrDefaultAsync(cancellationToken) is { } poll)
        {
            polls.Load(poll, await db.PollVotes.AsNoTracking().Where(v => v.PollId == poll.Id).ToListAsync(cancellationToken));
        }
    }

    /// <summary>A mute holds across reconnects and restarts: it is stored (a new one replaces the old) before it applies.</summary>
    public static async Task StoreMuteAsync(IDbContextFactory<AcademyDbContext> databases, Guid webinarId, Guid userId, DateTime until)
    {
        ArgumentNullException.ThrowIfNull(databases);
        await using var db = await databases.CreateDbContextAsync();
        var row = await db.WebinarMutes.SingleOrDefaultAsync(m => m.WebinarId == webinarId && m.UserId == userId);
        if (row is null)
        {
            db.WebinarMutes.Add(new WebinarMute { WebinarId = webinarId, UserId = userId, Until = until });
        }
        else
        {
            row.Until = until;
        }

        await db.SaveChangesAsync();
    }

    public static async Task<bool> HasSeatAsync(IDbContextFactory<AcademyDbContext> databases, Guid webinarId, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(databases);
        await using var db = await databases.CreateDbContextAsync();
        return await db.WebinarRegistrations.AnyAsync(r => r.WebinarId == webinarId && r.UserId == userId && r.State == RegistrationState.Registered);
    }

    public static async Task StoreVoteAsync(IDbContextFactory<AcademyDbContext> databases, PollVote vote)
    {
        ArgumentNullException.ThrowIfNull(databases);
        await using var db = await databases.CreateDbContextAsync();
        db.PollVotes.Add(vote);
        await db.SaveChangesAsync();
    }
}
