using System.Collections.Concurrent;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>What one node sent to its connections of a webinar's room, in order, awaitable by count.</summary>
public sealed class RoomRecorder : IWebinarClient
{
    private readonly ConcurrentQueue<SessionEvent> _sent = new();
    private readonly ConcurrentQueue<(int Count, TaskCompletionSource Reached)> _waiters = new();

    public IReadOnlyList<long> Sequences => [.. _sent.Select(e => e.Sequence)];

    /// <summary>Waits until the node has sent at least <paramref name="count"/> sequenced events (10 s at most).</summary>
    public async Task WaitForAsync(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((count, reached));
        Signal();
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public Task Chat(SessionEvent change) => Record(change);

    public Task MessageDeleted(SessionEvent change) => Record(change);

    public Task Question(SessionEvent change) => Record(change);

    public Task Poll(SessionEvent change) => change.Sequence == 0 ? Task.CompletedTask : Record(change);

    public Task Slide(SessionEvent change) => Record(change);

    public Task Ended(SessionEvent change) => Record(change);

    public Task Presence(int attendeeCount) => Task.CompletedTask;

    public Task Hand(IReadOnlyList<RaisedHand> queue) => Task.CompletedTask;

    private Task Record(SessionEvent change)
    {
        _sent.Enqueue(change);
        Signal();
        return Task.CompletedTask;
    }

    private void Signal()
    {
        foreach (var (count, reached) in _waiters)
        {
            if (_sent.Count >= count)
            {
                reached.TrySetResult();
            }
        }
    }
}
