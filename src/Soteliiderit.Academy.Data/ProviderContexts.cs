using Microsoft.EntityFrameworkCore;

namespace Soteliiderit.Academy.Data;

/// <summary>The embedded default: a SQLite file. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteAcademyDbContext(DbContextOptions<SqliteAcademyDbContext> options)
    : AcademyDbContext(options);

/// <summary>The server database. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresAcademyDbContext(DbContextOptions<PostgresAcademyDbContext> options)
    : AcademyDbContext(options);

/// <summary>SQL Server or Azure SQL. Migrations in Migrations/SqlServer; no test here runs against a server (see README).</summary>
public sealed class SqlServerAcademyDbContext(DbContextOptions<SqlServerAcademyDbContext> options)
    : AcademyDbContext(options);
