namespace Soteliiderit.Academy.Grains.Runtime;

/// <summary>
/// A call that would wait for a turn its own call chain holds (A calls A, or A calls B calls A).
/// Orleans deadlocks until a timeout there; this runtime refuses at once.
/// </summary>
public sealed class GrainReentrancyException : InvalidOperationException
{
    public GrainReentrancyException()
    {
    }

    public GrainReentrancyException(string message)
        : base(message)
    {
    }

    public GrainReentrancyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Another activation of the same grain (another runtime on the same database) wrote first: this write was refused,
/// nothing was overwritten, and the grain reloads its state on the next call.
/// </summary>
public sealed class GrainStateConflictException : Exception
{
    public GrainStateConflictException()
    {
    }

    public GrainStateConflictException(string message)
        : base(message)
    {
    }

    public GrainStateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
