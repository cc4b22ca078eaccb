using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Soteliiderit.Academy.Data;

/// <summary>Whether a failed save was refused for a key already taken, on whichever provider (and not for anything else).</summary>
public static class DuplicateKeys
{
    private const int SqliteConstraint = 19;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    public static bool Refused(DbUpdateException failure) => failure?.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
        SqlException sqlServer => sqlServer.Number is 2627 or 2601,
        _ => false,
    };
}
