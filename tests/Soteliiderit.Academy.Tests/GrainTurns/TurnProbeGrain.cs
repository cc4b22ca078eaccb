using System.Collections.Concurrent;
using Orleans;

namespace Soteliiderit.Academy.Tests.GrainTurns;

public interface ITurnProbeGrain : IGrainWithStringKey
{
    /// <summary>Counts one call and answers the count so far.</summary>
    Task<int> Touch();
}

/// <summary>Records, per key, how many activations there were and how many calls were ever inside it at once.</summary>
public sealed class TurnProbeGrain : Grain, ITurnProbeGrain
{
    private int _inside;
    private int _count;

    public static ConcurrentDictionary<string, int> Activations { get; } = new();

    public static ConcurrentDictionary<string, int> MostInsideAtOnce { get; } = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public async Task<int> Touch()
    {
        var inside = Interlocked.Increment(ref _inside);
        MostInsideAtOnce.AddOrUpdate(this.GetPrimaryKeyString(), inside, (_, most) => Math.Max(most, inside));
        // Give another call every chance to slip in before this one finishes.
        await Task.Yield();
        var seen = _count;
        await Task.Yield();
        _count = seen + 1;
        Interlocked.Decrement(ref _inside);
        return _count;
    }
}
