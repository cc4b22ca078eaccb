using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Tests.Database;

/// <summary>
/// What can be known about each provider's migrations without its server: they describe today's model, and
/// the script an operator runs builds all of it. Only SQLite and PostgreSQL are also applied to a real database
/// (the integration tests); SQL Server is checked here only.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres", "SqlServer" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_providers_migrations_describe_the_whole_model(string provider)
    {
        using var db = Context(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: add one with dotnet ef migrations add (see README).");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_providers_script_creates_every_table_of_the_model(string provider)
    {
        using var db = Context(provider);

        var script = db.GetService<IMigrator>().GenerateScript();

        var tables = db.Model.GetEntityTypes().Select(entity => entity.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.True(tables.Count > 20, $"The model has only {tables.Count} tables.");
        Assert.All(tables, table => Assert.Matches($"CREATE TABLE [\\[\"`]?{table}[\\]\"`]?", script));
    }

    private static AcademyDbContext Context(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
