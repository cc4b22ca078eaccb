using System.Collections.Concurrent;
using Soteliiderit.Academy.Grains.Runtime;

namespace Soteliiderit.Academy.Tests.Runtime;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    ValueTask<int> Value();

    Task WaitFor(Task gate);

    Task CallSelf();

    Task<int> CallThrough(string otherKey);

    Task Fail();

    Task RequestDeactivation();

    Task RequestDeactivationThatFails();
}

public interface IRelayGrain : IGrainWithStringKey
{
    Task<int> CallBack(string counterKey);
}

/// <summary>What the test grains saw, shared by every activation: the tests read it.</summary>
public sealed class GrainJournal
{
    private int _inside;

    public ConcurrentQueue<string> Activations { get; } = new();

    public ConcurrentQueue<(string Key, DeactivationReason Reason)> Deactivations { get; } = new();

    /// <summary>The counter values grains "stored" on deactivation, read back on activation.</summary>
    public ConcurrentDictionary<string, int> Stored { get; } = new();

    public int MostInsideAtOnce { get; private set; }

    public TaskCompletionSource<DeactivationReason> NextDeactivation { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IDisposable Enter()
    {
        var now = Interlocked.Increment(ref _inside);
        lock (this)
        {
            MostInsideAtOnce = Math.Max(MostInsideAtOnce, now);
        }

        return new Exit(this);
    }

    private sealed class Exit(GrainJournal journal) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref journal._inside);
    }
}

public sealed class CounterGrain(GrainJournal journal) : Grain, ICounterGrain
{
    private int _count;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        journal.Activations.Enqueue(GetPrimaryKeyString());
        _count = journal.Stored.GetValueOrDefault(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    private bool _failToDeactivate;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_failToDeactivate)
        {
            throw new InvalidOperationException("The store is down.");
        }

        journal.Stored[GetPrimaryKeyString()] = _count;
        journal.Deactivations.Enqueue((GetPrimaryKeyString(), reason));
        journal.NextDeactivation.TrySetResult(reason);
        return Task.CompletedTask;
    }

    public async Task<int> Increment()
    {
        using (journal.Enter())
        {
            var read = _count;
            // Give another caller every chance to interleave between the read and the write.
            await Task.Yield();
            _count = read + 1;
            return _count;
        }
    }

    public ValueTask<int> Value() => ValueTask.FromResult(_count);

    public Task WaitFor(Task gate) => gate;

    public Task CallSelf() => GrainFactory.GetGrain<ICounterGrain>(GetPrimaryKeyString()).Increment();

    public Task<int> CallThrough(string otherKey) =>
        GrainFactory.GetGrain<IRelayGrain>(otherKey).CallBack(GetPrimaryKeyString());

    public Task Fail() => throw new InvalidOperationException("The grain said no.");

    public Task RequestDeactivation()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task RequestDeactivationThatFails()
    {
        _failToDeactivate = true;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

public sealed class RelayGrain : Grain, IRelayGrain
{
    public Task<int> CallBack(string counterKey) => GrainFactory.GetGrain<ICounterGrain>(counterKey).Increment();
}
