using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// Nodes started together migrate one after the other. EF Core's own migration lock on PostgreSQL lasts one
/// migration's transaction, and two nodes on an empty database were seen applying the same migration ("column already
/// exists"): this session-wide advisory lock is held for the whole of <c>MigrateAsync</c>, on a connection of its own
/// straight to PostgreSQL (a session lock does not survive a pooler in transaction mode).
/// </summary>
public sealed class PostgresMigrationLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private PostgresMigrationLock(NpgsqlConnection connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>The lock, once no other node holds it; nothing to hold on SQLite and SQL Server (whose EF lock spans the run).</summary>
    public static async Task<IAsyncDisposable> TakeAsync(AcademyDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return NoLock.Instance;
        }

        // The lock lives in the academy's own database, created empty first when it is new (by whichever node is
        // first; the other finds it there), so an existing academy needs no access to any other database.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
        {
            try
            {
                await creator.CreateAsync();
            }
            catch (PostgresException raced) when (raced.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another node created it at the same moment.
            }
        }

        var academy = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(academy.ConnectionString);
        try
        {
            await connection.OpenAsync();
            var key = KeyOf(academy.Database ?? academy.Username ?? "");
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { Parameters = { new("key", key) }, CommandTimeout = 0 };
            await take.ExecuteNonQueryAsync();
            return new PostgresMigrationLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection) { Parameters = { new("key", _key) } };
            await release.ExecuteNonQueryAsync();
        }
        finally
        {
            // Closing the session releases the lock in any case.
            await _connection.DisposeAsync();
        }
    }

    /// <summary>A stable 64-bit key for the academy database's name (string.GetHashCode differs between processes).</summary>
    private static long KeyOf(string database)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"soteliiderit-academy-migrations:{database}"));
        return BitConverter.ToInt64(hash, 0);
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
