using Microsoft.Extensions.DependencyInjection;

namespace Soteliiderit.Academy.Grains.Runtime;

/// <summary>
/// One activation: the grain instance, its turn (a FIFO lock: SemaphoreSlim queues async waiters in order)
/// and the bookkeeping that idle collection reads.
/// </summary>
#pragma warning disable CA1001 // The turn lock never hands out its wait handle, so it holds nothing to dispose.
internal sealed class GrainActivation(GrainId id, GrainRuntime runtime)
#pragma warning restore CA1001
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _waiting;
    private long _lastUsedTicks = runtime.Time.GetUtcNow().UtcTicks;
    private Grain? _instance;
    private AsyncServiceScope? _scope;

    public GrainId Id { get; } = id;

    public GrainRuntime Runtime { get; } = runtime;

    public bool IsDeactivated { get; private set; }

    public bool DeactivationRequested { get; set; }

    /// <summary>Written inside a turn, read by idle collection outside it: kept as ticks so the read is never torn.</summary>
    public DateTimeOffset LastUsed => new(Volatile.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public bool HasWaitingCalls => Volatile.Read(ref _waiting) > 0;

    /// <summary>Runs a call in this activation's turn. Returns false in Ran when the activation was gone by then.</summary>
    public async Task<(bool Ran, TResult Result)> RunTurnAsync<TResult>(Func<Grain, Task<TResult>> call)
    {
        Interlocked.Increment(ref _waiting);
        await _turn.WaitAsync();
        Interlocked.Decrement(ref _waiting);
        try
        {
            if (IsDeactivated)
            {
                return (false, default!);
            }

            var grain = _instance ?? await ActivateAsync();
            using (CallChain.Enter(this))
            {
                try
                {
                    return (true, await call(grain));
                }
                finally
                {
                    Volatile.Write(ref _lastUsedTicks, Runtime.Time.GetUtcNow().UtcTicks);
                }
            }
        }
        finally
        {
            if (DeactivationRequested && !IsDeactivated)
            {
                // The call's outcome stands either way: a failure to deactivate is logged, not reported to the caller.
                await DeactivateQuietlyAsync(DeactivationReason.Requested);
            }

            _turn.Release();
        }
    }

    /// <summary>Deactivates unless a call is waiting or arrived meanwhile (then the activation is not idle).</summary>
    public async Task DeactivateAsync(DeactivationReason reason, Func<GrainActivation, bool> stillEligible)
    {
        await _turn.WaitAsync();
        try
        {
            if (!IsDeactivated && stillEligible(this))
            {
                await DeactivateInTurnAsync(reason);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<Grain> ActivateAsync()
    {
        _scope = Runtime.Services.CreateAsyncScope();
        var grain = Runtime.CreateInstance(Id, _scope.Value.ServiceProvider);
        grain.Attach(this);
        try
        {
            using (CallChain.Enter(this))
            {
                await grain.OnActivateAsync(CancellationToken.None);
            }
        }
        catch
        {
            await FinishDeactivationAsync();
            throw;
        }

        _instance = grain;
        return grain;
    }

    private async Task DeactivateQuietlyAsync(DeactivationReason reason)
    {
        try
        {
            await DeactivateInTurnAsync(reason);
        }
#pragma warning disable CA1031 // Whatever OnDeactivateAsync threw, the activation is gone and the call has its answer.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Runtime.ReportDeactivationFailure(ex, Id);
        }
    }

    private async Task DeactivateInTurnAsync(DeactivationReason reason)
    {
        try
        {
            if (_instance is not null)
            {
                using (CallChain.Enter(this))
                {
                    await _instance.OnDeactivateAsync(reason, CancellationToken.None);
                }
            }
        }
        finally
        {
            // Only after the grain had its last word: a new activation then reads what it wrote.
            await FinishDeactivationAsync();
        }
    }

    private async Task FinishDeactivationAsync()
    {
        IsDeactivated = true;
        _instance = null;
        Runtime.Forget(this);
        if (_scope is { } scope)
        {
            await scope.DisposeAsync();
            _scope = null;
        }
    }
}

/// <summary>The activations the current async flow is inside of, to refuse calls that would wait for themselves.</summary>
internal static class CallChain
{
    private static readonly AsyncLocal<Node?> Current = new();

    public static bool Contains(GrainId id)
    {
        for (var node = Current.Value; node is not null; node = node.Parent)
        {
            if (node.Activation.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    public static Scope Enter(GrainActivation activation)
    {
        var parent = Current.Value;
        Current.Value = new Node(activation, parent);
        return new Scope(parent);
    }

    internal sealed record Node(GrainActivation Activation, Node? Parent);

    internal readonly struct Scope(Node? parent) : IDisposable
    {
        public void Dispose() => Current.Value = parent;
    }
}
