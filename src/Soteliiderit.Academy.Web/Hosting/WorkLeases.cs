using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Scheduling;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// Lets timed work run on one node of several that share the database: the node that holds a lease does the
/// work and renews it; when it stops renewing (it died), another takes the lease once it has run out.
/// </summary>
public sealed class WorkLeases(IDbContextFactory<AcademyDbContext> databases, TimeProvider time)
{
    /// <summary>This process, as the lease table names it.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>True when this node holds <paramref name="name"/> for the next <paramref name="length"/>: it took it, or renewed it.</summary>
    public async Task<bool> TryHoldAsync(string name, TimeSpan length, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + length;
        var held = await db.WorkLeases
            .Where(lease => lease.Name == name && (lease.Holder == Holder || lease.HeldUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(lease => lease.Holder, Holder).SetProperty(lease => lease.HeldUntil, until), cancellationToken);
        if (held == 1)
        {
            return true;
        }

        if (await db.WorkLeases.AnyAsync(lease => lease.Name == name, cancellationToken))
        {
            return false;
        }

        db.WorkLeases.Add(new WorkLease { Name = name, Holder = Holder, HeldUntil = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node made the lease first: it is theirs.
            return false;
        }
    }
}
