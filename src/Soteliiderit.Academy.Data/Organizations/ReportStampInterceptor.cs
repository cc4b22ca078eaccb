using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Learners;

namespace Soteliiderit.Academy.Data.Organizations;

/// <summary>
/// Gives an organization a new <see cref="Organization.ReportStamp"/> after a save that changed what its reports
/// count: a person joining, leaving, moving unit, deactivated or given another role; a course started, or completed
/// (its certificate is written with the completion); an assignment or who it reaches; the unit tree. Every write
/// goes through SaveChanges, so this is the one place that knows. The stamp follows the save rather than joining
/// it: a report counted in between is counted again at the next request, never kept.
/// </summary>
public sealed class ReportStampInterceptor : SaveChangesInterceptor
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
        StampAsync(eventData?.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await StampAsync(eventData?.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData?.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
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

        var changed = new Changed();
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
                case AcademyUser when addedOrDeleted || PlaceOfPerson.Any(p => entry.Property(p).IsModified):
                    AddBoth(changed, entry.Property(nameof(AcademyUser.OrganizationId)));
                    break;
            }
        }

        if (changed.People.Count + changed.Organizations.Count > 0)
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

    private async Task StampAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var changed))
        {
            return;
        }

        _pending.Remove(context);
        var db = (AcademyDbContext)context;
        var people = changed.People.ToList();
        if (people.Count > 0)
        {
            changed.Organizations.UnionWith(await db.Users.Where(u => people.Contains(u.Id) && u.OrganizationId != null)
                .Select(u => u.OrganizationId!.Value).Distinct().ToListAsync(cancellationToken));
        }

        var organizations = changed.Organizations.ToList();
        var stamp = Guid.NewGuid();
        await db.Organizations.Where(o => organizations.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.ReportStamp, stamp), cancellationToken);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private sealed class Changed
    {
        public HashSet<Guid> People { get; } = [];

        public HashSet<Guid> Organizations { get; } = [];
    }
}
