using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Soteliiderit.Academy.Data;

/// <summary>For "dotnet ef migrations add": the model needs a provider, not a reachable database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAcademyDbContext>
{
    public SqliteAcademyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAcademyDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAcademyDbContext>
{
    public PostgresAcademyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAcademyDbContext>().UseNpgsql("Host=localhost;Database=academy_design").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAcademyDbContext>
{
    public SqlServerAcademyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAcademyDbContext>().UseSqlServer("Server=localhost;Database=academy_design;Integrated Security=true;TrustServerCertificate=true").Options);
}
