using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Soteliiderit.Academy.Grains.Runtime;

/// <summary>
/// An in-process stand-in for one Orleans silo: one activation per grain key, activated on first call,
/// one call at a time per activation, deactivated after an idle timeout measured on <see cref="TimeProvider"/>.
/// No clustering: two runtimes on one database are kept honest by the state rows' ETags, not by placement.
/// </summary>
public sealed partial class GrainRuntime : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly Dictionary<Type, Type> _implementations;
    private readonly GrainRuntimeOptions _options;
    private readonly ILogger<GrainRuntime> _logger;
    private readonly ITimer _collector;

    public GrainRuntime(
        IServiceProvider services,
        IEnumerable<GrainRegistration> registrations,
        TimeProvider time,
        IOptions<GrainRuntimeOptions> options,
        ILogger<GrainRuntime> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Services = services;
        Time = time;
        _options = options.Value;
        _logger = logger;
        _implementations = registrations.ToDictionary(r => r.Interface, r => r.Implementation);
        _collector = time.CreateTimer(
            _ => _ = CollectIdleAsync(),
            state: null,
            _options.CollectionPeriod,
            _options.CollectionPeriod);
    }

    internal IServiceProvider Services { get; }

    internal TimeProvider Time { get; }

    /// <summary>How many grains are in memory now.</summary>
    public int ActivationCount => _activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        if (!_implementations.ContainsKey(typeof(TGrainInterface)))
        {
            throw new InvalidOperationException($"No grain implements {typeof(TGrainInterface).Name}; register it with AddGrain.");
        }

        return GrainReference.Create<TGrainInterface>(this, new GrainId(typeof(TGrainInterface), primaryKey));
    }

    /// <summary>Deactivates every activation that nobody has called for the idle timeout.</summary>
    public async Task CollectIdleAsync()
    {
        var cutoff = Time.GetUtcNow() - _options.IdleTimeout;
        var idle = _activations.Values.Where(a => IsIdle(a, cutoff)).ToList();
        foreach (var activation in idle)
        {
            try
            {
                await activation.DeactivateAsync(DeactivationReason.Idle, a => IsIdle(a, cutoff));
            }
#pragma warning disable CA1031 // One grain failing to deactivate must not stop the collection of the others.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogDeactivationFailed(ex, activation.Id);
            }
        }
    }

    /// <summary>Deactivates everything, letting each grain write what it buffers. Called when the host stops.</summary>
    public async Task DeactivateAllAsync()
    {
        foreach (var activation in _activations.Values.ToList())
        {
            try
            {
                await activation.DeactivateAsync(DeactivationReason.Shutdown, _ => true);
            }
#pragma warning disable CA1031 // Shutdown goes on for the other grains.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogDeactivationFailed(ex, activation.Id);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _collector.DisposeAsync();
        await DeactivateAllAsync();
    }

    internal async Task<TResult> InvokeAsync<TResult>(GrainId id, Func<Grain, Task<TResult>> call)
    {
        if (CallChain.Contains(id))
        {
            throw new GrainReentrancyException(
                $"{id} was called from inside its own call chain; the call would wait for itself.");
        }

        while (true)
        {
            var activation = _activations.GetOrAdd(id, static (key, runtime) => new GrainActivation(key, runtime), this);
            var (ran, result) = await activation.RunTurnAsync(call);
            if (ran)
            {
                return result;
            }

            // The activation was deactivated while this call waited for its turn: go to the next one.
        }
    }

    internal Grain CreateInstance(GrainId id, IServiceProvider scope) =>
        (Grain)ActivatorUtilities.CreateInstance(scope, _implementations[id.Interface]);

    internal void ReportDeactivationFailure(Exception exception, GrainId id) => LogDeactivationFailed(exception, id);

    internal void Forget(GrainActivation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.Id, activation));

    private static bool IsIdle(GrainActivation activation, DateTimeOffset cutoff) =>
        !activation.HasWaitingCalls && activation.LastUsed <= cutoff;

    [LoggerMessage(Level = LogLevel.Error, Message = "Deactivating grain {GrainId} failed")]
    private partial void LogDeactivationFailed(Exception exception, GrainId grainId);
}

public sealed class GrainRuntimeOptions
{
    /// <summary>An activation nobody called for this long is dropped from memory (Orleans' collection age).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionPeriod { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Which class implements a grain interface.</summary>
public sealed record GrainRegistration(Type Interface, Type Implementation);
