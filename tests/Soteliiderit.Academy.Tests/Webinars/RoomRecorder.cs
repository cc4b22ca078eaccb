using System.Collections.Concurrent;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>What one node sent to its connections of a webinar's room (or to one connection), in order, awaitable.</summary>
public sealed class RoomRecorder : IWebinarClient
{
    private readonly ConcurrentQueue<SessionEvent> _sent = new();
    private readonly ConcurrentQueue<IReadOnlyList<RaisedHand>> _hands = new();
    private readonly ConcurrentQueue<DateTime> _mutes = new();
    private readonly ConcurrentQueue<(Func<bool> Done, TaskCompletionSource Reached)> _waiters = new();

    public IReadOnlyList<long> Sequences => [.. _sent.Select(e => e.Sequence)];

    public IReadOnlyList<IReadOnlyList<RaisedHand>> Hands => [.. _hands];

    public IReadOnlyList<DateTime> Mutes => [.. _mutes];

    /// <summary>Waits until the node has sent at least <paramref name="count"/> sequenced events (10 s at most).</summary>
    public Task WaitForAsync(int count) => WaitUntilAsync(() => _sent.Count >= count);

    /// <summary>Waits until what was sent satisfies <paramref name="done"/> (10 s at most).</summary>
    public async Task WaitUntilAsync(Func<bool> done)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((done, reached));
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

    public Task Hand(IReadOnlyList<RaisedHand> queue)
    {
        _hands.Enqueue(queue);
        Signal();
        return Task.CompletedTask;
    }

    public Task Muted(DateTime until)
    {
        _mutes.Enqueue(until);
        Signal();
        return Task.CompletedTask;
    }

    private Task Record(SessionEvent change)
    {
        _sent.Enqueue(change);
        Signal();
        return Task.CompletedTask;
    }

    private void Signal()
    {
        foreach (var (done, reached) in _waiters)
        {
            if (done())
            {
                reached.TrySetResult();
            }
        }
    }
}
