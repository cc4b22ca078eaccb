namespace Soteliiderit.Academy.Data.Scheduling;

/// <summary>
/// Who does one piece of timed work (such as sweeping expired uploads) until when: every node asks, one holds
/// it, and when the holder stops renewing, another takes over.
/// </summary>
public sealed class WorkLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime HeldUntil { get; set; }
}
