using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;

namespace Soteliiderit.Academy.Grains.Scheduling;

public static class DatabaseRemindersSiloBuilderExtensions
{
    /// <summary>Orleans reminders kept in the academy's database (<see cref="DatabaseReminderTable"/>).</summary>
    public static ISiloBuilder UseDatabaseReminders(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, DatabaseReminderTable>();
        return silo;
    }
}
