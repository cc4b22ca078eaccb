namespace Soteliiderit.Academy.Grains.Runtime;

/// <summary>
/// Base class of grain implementations, mirroring Orleans' <c>Grain</c>: the runtime activates one instance
/// per key on first call, runs its calls one at a time, and deactivates it when idle.
/// </summary>
public abstract class Grain
{
    private GrainActivation? _activation;

    protected IGrainFactory GrainFactory => Activation.Runtime;

    private GrainActivation Activation =>
        _activation ?? throw new InvalidOperationException("A grain is created by the grain runtime, not with new.");

    public string GetPrimaryKeyString() => Activation.Id.Key;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs inside a turn before the activation is dropped; the last chance to write buffered state.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Drop this activation after the current call; the next call activates afresh and reloads state.</summary>
    protected void DeactivateOnIdle() => Activation.DeactivationRequested = true;

    internal void Attach(GrainActivation activation) => _activation = activation;
}
