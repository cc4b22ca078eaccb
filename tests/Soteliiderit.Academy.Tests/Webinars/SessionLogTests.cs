using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>What a rejoining client can be given from memory, and what a snapshot shows of the chat.</summary>
public sealed class SessionLogTests
{
    private static readonly DateTime At = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private readonly SessionLog _log = new();

    [Fact]
    public void A_client_that_missed_a_few_events_gets_exactly_those()
    {
        _log.Load(Enumerable.Range(1, 5).Select(Chat));

        Assert.True(_log.CanReplayAfter(2, lastSequence: 5));
        Assert.Equal([3L, 4L, 5L], _log.After(2).Select(e => e.Sequence));
    }

    [Fact]
    public void A_client_that_missed_more_than_the_window_or_comes_new_or_from_the_future_starts_afresh()
    {
        _log.Load(Enumerable.Range(1, SessionLog.ReplayWindow + 10).Select(Chat));
        var last = SessionLog.ReplayWindow + 10L;

        Assert.False(_log.CanReplayAfter(5, last));
        Assert.True(_log.CanReplayAfter(10, last));
        Assert.False(_log.CanReplayAfter(0, last));
        Assert.False(_log.CanReplayAfter(last + 1, last));
        Assert.Equal(11, _log.After(0).First().Sequence);
    }

    [Fact]
    public void The_recent_chat_leaves_out_deleted_messages_and_keeps_the_latest_hundred()
    {
        _log.Load(Enumerable.Range(1, SessionLog.RecentChat + 5).Select(Chat));
        _log.Add(new SessionEvent(SessionLog.RecentChat + 6, WebinarEventKind.MessageDeleted, At, DeletedSequence: SessionLog.RecentChat + 5));

        var recent = _log.RecentChatMessages();

        Assert.Equal(SessionLog.RecentChat, recent.Count);
        Assert.Equal((5L, SessionLog.RecentChat + 4L), (recent[0].Sequence, recent[^1].Sequence));
    }

    [Fact]
    public void A_deleted_message_or_one_that_is_no_chat_cannot_be_deleted_again()
    {
        _log.Load(Enumerable.Range(1, 3).Select(Chat));
        _log.Add(new SessionEvent(4, WebinarEventKind.MessageDeleted, At, DeletedSequence: 2));

        Assert.Equal([true, false, true, false], new long[] { 1, 2, 3, 4 }.Select(_log.HoldsStandingChat));
    }

    private static SessionEvent Chat(int sequence) =>
        new(sequence, WebinarEventKind.Chat, At, Chat: new ChatView(sequence, Guid.Empty, "Anna", $"Viesti {sequence}", At));
}
