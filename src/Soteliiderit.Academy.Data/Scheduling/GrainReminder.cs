namespace Soteliiderit.Academy.Data.Scheduling;

/// <summary>
/// One Orleans reminder: a grain's periodic wake-up that outlives the node it was set on (the academy's own reminder
/// table, so reminders are durable on every database provider, the single SQLite node included).
/// </summary>
public sealed class GrainReminder
{
    /// <summary>The grain's id as Orleans writes it ("type/key").</summary>
    public required string GrainId { get; set; }

    public required string Name { get; set; }

    /// <summary>The grain id's uniform hash: each silo reads the reminders of its own hash range.</summary>
    public long GrainHash { get; set; }

    public DateTime StartAt { get; set; }

    public TimeSpan Period { get; set; }

    /// <summary>Bumped on every write; a stale write or removal is refused.</summary>
    public int ETag { get; set; }
}
