using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>Where the embedded setup writes: the SQLite file, key ring and (later) local materials.</summary>
public sealed record DataDirectory(string Path);

public static class DataSetup
{
    public static WebApplicationBuilder AddAcademyData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(AcademyOptions.Section);
        builder.Services.AddOptions<AcademyOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => o.Database.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.Database.ConnectionString),
                "Academy:Database:ConnectionString is required when Academy:Database:Provider is Postgres or SqlServer.")
            .Validate(o => !o.Demo.Seed || !string.IsNullOrWhiteSpace(o.Demo.Password),
                "Academy:Demo:Password is required when Academy:Demo:Seed is true.")
            .ValidateOnStart();

        var options = section.Get<AcademyOptions>() ?? new AcademyOptions();
        var dataDirectory = new DataDirectory(options.ResolveDataDirectory(builder.Environment.ContentRootPath));
        Directory.CreateDirectory(dataDirectory.Path);
        builder.Services.AddSingleton(dataDirectory);
        builder.Services.AddSingleton<SiteAddress>();
        builder.Services.AddSingleton<WorkLeases>();

        var connectionString = options.Database.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.Database.ConnectionString)
            ? $"Data Source={Path.Combine(dataDirectory.Path, "academy.db")}"
            : options.Database.ConnectionString ?? "";
        builder.Services.AddAcademyDatabase(options.Database.Provider, connectionString);

        // Set-password links and sign-in cookies must survive a restart and work on every node of a cluster.
        builder.Services.AddDataProtection()
            .SetApplicationName("Soteliiderit.Academy")
            .PersistKeysToDbContext<AcademyDbContext>();
        return builder;
    }

    /// <summary>Applies migrations; runs before the app (and its silo) starts. The demo data is seeded once the silo runs (DemoSeeding).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        await using (await PostgresMigrationLock.TakeAsync(db))
        {
            try
            {
                await db.Database.MigrateAsync();
            }
            catch (DbException ex) when (ex is PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation } or SqlException { Number: 1801 })
            {
                // Another node of the cluster created the database at the same moment; EF Core's migration lock now
                // makes this one wait for that node's migrations instead of applying them twice.
                await db.Database.MigrateAsync();
            }
        }

        if (db.Database.IsSqlite())
        {
            // Readers do not wait for the writer: pages stay quick while grains write.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
