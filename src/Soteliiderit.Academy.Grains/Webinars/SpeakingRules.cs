namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// Who may post in the room now: a person a facilitator muted waits until the mute ends, and nobody but a
/// facilitator posts more than <see cref="MessagesPerWindow"/> chat messages and questions in <see cref="PaceWindow"/>.
/// </summary>
public sealed class SpeakingRules
{
    /// <summary>Per person: at most this many chat messages and questions in <see cref="PaceWindow"/>.</summary>
    public const int MessagesPerWindow = 5;

    public static readonly TimeSpan PaceWindow = TimeSpan.FromSeconds(10);

    /// <summary>The same text from the same person within this long is one message sent again, not a second one.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromSeconds(30);

    private readonly Dictionary<Guid, DateTime> _mutedUntil = [];
    private readonly Dictionary<Guid, Queue<DateTime>> _posts = [];

    public void Mute(Guid userId, DateTime until) => _mutedUntil[userId] = until;

    /// <summary>Until when the person is muted, or null when they may speak.</summary>
    public DateTime? MutedUntil(Guid userId, DateTime now) => _mutedUntil.TryGetValue(userId, out var until) && until > now ? until : null;

    /// <summary>The text of a chat message or question, trimmed, once it is neither empty nor too long.</summary>
    public static string Clean(string? text)
    {
        var clean = text?.Trim() ?? "";
        if (clean.Length == 0)
        {
            throw RuleViolationException.Invalid("EmptyText");
        }

        return clean.Length > Data.Limits.WebinarText ? throw RuleViolationException.Invalid("TextTooLong") : clean;
    }

    /// <summary>How long a facilitator may mute someone for: a minute to a day.</summary>
    public static DateTime MuteUntil(int minutes, DateTime now) =>
        minutes is < 1 or > 24 * 60 ? throw RuleViolationException.Invalid("InvalidMuteTime") : now.AddMinutes(minutes);

    public void RequireNotMuted(Guid userId, DateTime now)
    {
        if (MutedUntil(userId, now) is not null)
        {
            throw RuleViolationException.Invalid("Muted");
        }
    }

    /// <summary>Refuses a post from someone muted or too fast; otherwise counts it toward the pace.</summary>
    public void Admit(Guid userId, bool facilitator, DateTime now)
    {
        RequireNotMuted(userId, now);

        var posts = _posts.TryGetValue(userId, out var sent) ? sent : _posts[userId] = new Queue<DateTime>();
        while (posts.Count > 0 && posts.Peek() <= now - PaceWindow)
        {
            posts.Dequeue();
        }

        if (posts.Count >= MessagesPerWindow && !facilitator)
        {
            throw RuleViolationException.Invalid("TooFast");
        }

        posts.Enqueue(now);
    }
}
