namespace Soteliiderit.Academy.Grains.Runtime;

/// <summary>Marker for grain interfaces, as in Orleans.</summary>
#pragma warning disable CA1040 // A marker interface is the Orleans idiom this runtime mirrors.
public interface IGrain;

/// <summary>A grain addressed by a string key, as in Orleans.</summary>
public interface IGrainWithStringKey : IGrain;
#pragma warning restore CA1040

/// <summary>The only way to reach a grain: pages, endpoints, hubs and other grains never construct one.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey;
}

public enum DeactivationReason
{
    /// <summary>Nobody called it for the idle timeout.</summary>
    Idle,

    /// <summary>The grain asked for it (<see cref="Grain.DeactivateOnIdle"/>), for example after a write conflict.</summary>
    Requested,

    /// <summary>The host is stopping.</summary>
    Shutdown,
}

/// <summary>The identity of one activation: a grain interface and a key.</summary>
public readonly record struct GrainId(Type Interface, string Key)
{
    public override string ToString() => $"{Interface.Name}/{Key}";
}
