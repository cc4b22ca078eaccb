using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <param name="AuthorName">Null when the question was asked anonymously, and for readers who were not there.</param>
public sealed record FaqEntry(string Question, string? AuthorName, bool Answered, int Upvotes);

public sealed record TranscriptLine(long Sequence, string AuthorName, string Text, DateTime At);

/// <summary>What stays of a webinar once it has ended: its questions as a FAQ, and the chat for those who were there.</summary>
public sealed class WebinarAfterwards(AcademyDbContext db, WebinarDirectory directory)
{
    /// <summary>
    /// Questions that were let through and not dismissed, most upvoted first, for anyone who may see the webinar; who
    /// asked is shown only to those who were there (what they heard in the room), not to everyone signed in.
    /// </summary>
    public async Task<IReadOnlyList<FaqEntry>> FaqAsync(ClaimsPrincipal user, Guid webinarId)
    {
        var named = await WasThereAsync(user, webinarId);
        var questions = await db.WebinarQuestions.AsNoTracking()
            .Where(q => q.WebinarId == webinarId && (q.State == QuestionState.Open || q.State == QuestionState.Answered))
            .ToListAsync();
        return [.. questions.OrderByDescending(q => q.Upvotes).ThenBy(q => q.AskedAt)
            .Select(q => new FaqEntry(q.Text, q.Anonymous || !named ? null : q.AuthorName, q.State == QuestionState.Answered, q.Upvotes))];
    }

    /// <summary>The chat without deleted messages, for its hosts and the people who attended; null for anyone else.</summary>
    public async Task<IReadOnlyList<TranscriptLine>?> TranscriptAsync(ClaimsPrincipal user, Guid webinarId)
    {
        if (!await WasThereAsync(user, webinarId))
        {
            return null;
        }

        var events = await db.WebinarEvents.AsNoTracking()
            .Where(e => e.WebinarId == webinarId && (e.Kind == WebinarEventKind.Chat || e.Kind == WebinarEventKind.MessageDeleted))
            .OrderBy(e => e.Sequence).Select(e => e.PayloadJson).ToListAsync();
        var changes = events.Select(GrainJson.Deserialize<SessionEvent>).ToList();
        var deleted = changes.Where(c => c.DeletedSequence is not null).Select(c => c.DeletedSequence!.Value).ToHashSet();
        return [.. changes.Where(c => c.Chat is not null && !deleted.Contains(c.Sequence))
            .Select(c => new TranscriptLine(c.Sequence, c.Chat!.AuthorName, c.Chat.Text, c.At))];
    }

    /// <summary>Its hosts and the people who were in the room.</summary>
    private async Task<bool> WasThereAsync(ClaimsPrincipal user, Guid webinarId)
    {
        var me = user.UserId();
        return await directory.HostsAsync(user, webinarId) || await db.WebinarAttendance.AnyAsync(a => a.WebinarId == webinarId && a.UserId == me);
    }
}
