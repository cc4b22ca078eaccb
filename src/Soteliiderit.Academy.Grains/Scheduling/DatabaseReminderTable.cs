using Microsoft.EntityFrameworkCore;
using Orleans;
using Orleans.Runtime;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Scheduling;

namespace Soteliiderit.Academy.Grains.Scheduling;

/// <summary>
/// Orleans' reminder table on the academy's own database (<see cref="GrainReminder"/> rows), so a grain's periodic
/// work fires once per cluster and survives the death of the node it ran on, on every provider: the single SQLite
/// node too, where no Azure Table exists. Each write bumps the row's ETag; a stale one is refused, as Orleans expects.
/// </summary>
public sealed class DatabaseReminderTable(IDbContextFactory<AcademyDbContext> databases) : IReminderTable
{
    public Task Init() => Task.CompletedTask;

    public async Task<ReminderTableData> ReadRows(GrainId grainId)
    {
        var key = grainId.ToString();
        await using var db = await databases.CreateDbContextAsync();
        return Table(await db.GrainReminders.AsNoTracking().Where(r => r.GrainId == key).ToListAsync());
    }

    /// <summary>The reminders whose grain hash lies in (begin, end], a range that may wrap past the top.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var (low, high) = ((long)begin, (long)end);
        await using var db = await databases.CreateDbContextAsync();
        var rows = begin < end
            ? db.GrainReminders.Where(r => r.GrainHash > low && r.GrainHash <= high)
            : db.GrainReminders.Where(r => r.GrainHash > low || r.GrainHash <= high);
        return Table(await rows.AsNoTracking().ToListAsync());
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var key = grainId.ToString();
        await using var db = await databases.CreateDbContextAsync();
        var row = await db.GrainReminders.AsNoTracking().SingleOrDefaultAsync(r => r.GrainId == key && r.Name == reminderName);
        return row is null ? null : Entry(row);
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = entry.GrainId.ToString();
        await using var db = await databases.CreateDbContextAsync();
        var row = await db.GrainReminders.SingleOrDefaultAsync(r => r.GrainId == key && r.Name == entry.ReminderName);
        if (row is null)
        {
            row = new GrainReminder { GrainId = key, Name = entry.ReminderName, GrainHash = entry.GrainId.GetUniformHashCode() };
            db.GrainReminders.Add(row);
        }

        row.StartAt = entry.StartAt.ToUniversalTime();
        row.Period = entry.Period;
        row.ETag++;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (db.Entry(row).State == EntityState.Added)
        {
            // Another activation inserted the same reminder at the same moment: update that one instead.
            db.Entry(row).State = EntityState.Detached;
            return await UpsertRow(entry);
        }

        return Tag(row.ETag);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var key = grainId.ToString();
        if (!int.TryParse(eTag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expected))
        {
            return false;
        }

        await using var db = await databases.CreateDbContextAsync();
        return await db.GrainReminders.Where(r => r.GrainId == key && r.Name == reminderName && r.ETag == expected).ExecuteDeleteAsync() == 1;
    }

    public async Task TestOnlyClearTable()
    {
        await using var db = await databases.CreateDbContextAsync();
        await db.GrainReminders.ExecuteDeleteAsync();
    }

    private static ReminderTableData Table(IEnumerable<GrainReminder> rows) => new(rows.Select(Entry));

    private static ReminderEntry Entry(GrainReminder row) => new()
    {
        GrainId = GrainId.Parse(row.GrainId, System.Globalization.CultureInfo.InvariantCulture),
        ReminderName = row.Name,
        StartAt = row.StartAt,
        Period = row.Period,
        ETag = Tag(row.ETag),
    };

    private static string Tag(int etag) => etag.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
