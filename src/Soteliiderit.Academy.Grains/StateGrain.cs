using Microsoft.EntityFrameworkCore;
using Orleans;
using Orleans.Storage;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Grains;

/// <summary>
/// A grain whose state is ordinary EF Core rows under one root row that carries an ETag.
/// Every write goes through <see cref="SaveStateAsync"/>: it bumps the ETag, and if another activation
/// (Orleans can briefly run two while membership changes) wrote first, refuses with
/// <see cref="InconsistentStateException"/> instead of overwriting, which makes Orleans drop this activation
/// so the next call starts from what is stored.
/// </summary>
public abstract class StateGrain(IDbContextFactory<AcademyDbContext> databases) : Grain
{
    protected IDbContextFactory<AcademyDbContext> Databases { get; } = databases;

    protected async Task SaveStateAsync(AcademyDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw Conflict(ex);
        }
        catch (DbUpdateException ex) when (DuplicateKeys.Refused(ex) && ex.Entries.Any(e => e.State == EntityState.Added && IsKeyedByThisGrain(e.Entity)))
        {
            // Two activations added the same row at once: the same conflict, seen by a unique key.
            throw Conflict(ex);
        }
    }

    /// <summary>
    /// Whether an added row's key is one only this grain hands out (its root row; a session's sequence numbers): when
    /// its insert collides, another activation of the grain wrote first.
    /// </summary>
    protected abstract bool IsKeyedByThisGrain(object entity);

    private InconsistentStateException Conflict(Exception inner)
    {
        DeactivateOnIdle();
        return new InconsistentStateException(
            $"Grain {GetType().Name}/{this.GetPrimaryKeyString()} was changed by another activation; nothing was overwritten.",
            inner);
    }
}
