using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;

namespace Soteliiderit.Academy.Data.Organizations;

/// <summary>
/// Gives an organization a new <see cref="Organization.ReportStamp"/> after a save that changed what its reports
/// count: a person joining, leaving, moving unit, deactivated or given another role; a course started, or completed
/// (its certificate is written with the completion); an assignment or who it reaches; the unit tree. The academy
/// writes these rows through SaveChanges, so this is where it learns of them. The stamp follows the save (or the
/// commit of the transaction the save was in) rather than joining it: a report counted in between is counted again
/// at the next request, and a long import holds no lock on the organization's row.
/// </summary>
public sealed partial class ReportStampInterceptor(ILogger<ReportStampInterceptor> logger) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly string[] PlaceOfPerson = [nameof(AcademyUser.OrganizationId), nameof(AcademyUser.UnitId), nameof(AcademyUser.IsActive)];

    private readonly ConditionalWeakTable<DbContext, Changed> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData?.Context) is { } context)
        {
            Stamp(context);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData?.Context) is { } context)
        {
            await StampAsync(context);
        }

        return result;
    }

    // Inside a transaction a failed save may still be followed by a commit: its changes stay pending until then.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetOutsideTransaction(eventData?.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetOutsideTransaction(eventData?.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Committed(eventData?.Context) is { } context)
        {
            // The committed transaction is still the context's until its owner disposes it: the stamp runs outside it.
            context.Database.UseTransaction(null);
            Stamp(context);
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData?.Context) is { } context)
        {
            await context.Database.UseTransactionAsync(null, CancellationToken.None);
            await StampAsync(context);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData?.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Most saves (a chat message, a lesson) touch nothing counted: they leave no state behind.
        var changed = _pending.TryGetValue(context, out var earlier) ? earlier : new Changed();
        changed.Saving = true;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified))
        {
            var addedOrDeleted = entry.State != EntityState.Modified;
            switch (entry.Entity)
            {
                case Enrollment enrollment when addedOrDeleted:
                    changed.People.Add(enrollment.LearnerId);
                    break;
                case Certificate certificate when addedOrDeleted:
                    changed.People.Add(certificate.LearnerId);
                    break;
                case AssignedPerson person when addedOrDeleted:
                    changed.People.Add(person.UserId);
                    break;
                case IdentityUserRole<Guid> role when addedOrDeleted:
                    changed.People.Add(role.UserId);
                    break;
                case Assignment assignment:
                    changed.Organizations.Add(assignment.OrganizationId);
                    break;
                case OrganizationUnit unit:
                    changed.Organizations.Add(unit.OrganizationId);
                    break;
                // Identity's UpdateAsync marks every column modified (a language, a sign-in): only a changed value counts.
                case AcademyUser when addedOrDeleted || PlaceOfPerson.Any(p => !Equals(entry.Property(p).OriginalValue, entry.Property(p).CurrentValue)):
                    AddBoth(changed, entry.Property(nameof(AcademyUser.OrganizationId)));
                    break;
            }
        }

        if (earlier is null && changed.People.Count + changed.Organizations.Count > 0)
        {
            _pending.AddOrUpdate(context, changed);
        }
    }

    private static void AddBoth(Changed changed, PropertyEntry organization)
    {
        foreach (var value in new[] { organization.OriginalValue, organization.CurrentValue })
        {
            if (value is Guid id)
            {
                changed.Organizations.Add(id);
            }
        }
    }

    /// <summary>
    /// The data is saved by now: a stamp that fails is logged, not thrown, so the caller does not take a saved write
    /// for a failed one. Kept figures expire on their own, so a lost stamp heals within minutes.
    /// </summary>
    private async Task StampAsync(DbContext context)
    {
        if (Take(context) is not { } changed)
        {
            return;
        }

        try
        {
            var db = (AcademyDbContext)context;
            var people = changed.People.ToList();
            if (people.Count > 0)
            {
                changed.Organizations.UnionWith(await OrganizationsOf(db, people).ToListAsync(CancellationToken.None));
            }

            var organizations = changed.Organizations.ToList();
            var stamp = Guid.NewGuid();
            await db.Organizations.Where(o => organizations.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.ReportStamp, stamp), CancellationToken.None);
        }
        catch (Exception exception) when (IsDatabaseTrouble(exception))
        {
            LogStampFailed(exception);
        }
    }

    private void Stamp(DbContext context)
    {
        if (Take(context) is not { } changed)
        {
            return;
        }

        try
        {
            var db = (AcademyDbContext)context;
            var people = changed.People.ToList();
            if (people.Count > 0)
            {
                changed.Organizations.UnionWith([.. OrganizationsOf(db, people)]);
            }

            var organizations = changed.Organizations.ToList();
            var stamp = Guid.NewGuid();
            db.Organizations.Where(o => organizations.Contains(o.Id)).ExecuteUpdate(s => s.SetProperty(o => o.ReportStamp, stamp));
        }
        catch (Exception exception) when (IsDatabaseTrouble(exception))
        {
            LogStampFailed(exception);
        }
    }

    /// <summary>The database failing (or the retry strategy giving up on it); a mistake in this code is not swallowed.</summary>
    private static bool IsDatabaseTrouble(Exception exception) =>
        exception is DbException or TimeoutException || exception is InvalidOperationException { InnerException: DbException or TimeoutException };

    private static IQueryable<Guid> OrganizationsOf(AcademyDbContext db, List<Guid> people) =>
        db.Users.Where(u => people.Contains(u.Id) && u.OrganizationId != null).Select(u => u.OrganizationId!.Value).Distinct();

    private Changed? Take(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var changed))
        {
            return null;
        }

        _pending.Remove(context);
        return changed.People.Count + changed.Organizations.Count > 0 ? changed : null;
    }

    /// <summary>The context to stamp now: a save outside a transaction (SaveChanges' own one has ended by now).</summary>
    private DbContext? Saved(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var changed))
        {
            changed.Saving = false;
        }

        return context?.Database.CurrentTransaction is null ? context : null;
    }

    /// <summary>
    /// The context to stamp now: a transaction the caller began has committed. SaveChanges' own transaction also
    /// commits through here, while the save still holds the context; that save stamps when it has finished.
    /// </summary>
    private DbContext? Committed(DbContext? context) =>
        context is not null && _pending.TryGetValue(context, out var changed) && !changed.Saving ? context : null;

    private void ForgetOutsideTransaction(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var changed))
        {
            changed.Saving = false;
        }

        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An organization's report stamp could not be renewed after a save; its kept figures stay as they were until they expire.")]
    private partial void LogStampFailed(Exception exception);

    private sealed class Changed
    {
        public bool Saving { get; set; }

        public HashSet<Guid> People { get; } = [];

        public HashSet<Guid> Organizations { get; } = [];
    }
}
