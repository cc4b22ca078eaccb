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

    [Fact]
    public async Task Upgrading_moves_each_rooms_sequence_slide_and_end_onto_its_own_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"academy-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteAcademyDbContext(new DbContextOptionsBuilder<SqliteAcademyDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261202151123_ClusterStorage");
            var (ran, untouched) = (Guid.NewGuid(), Guid.NewGuid());
            var endedAt = new DateTime(2026, 11, 30, 15, 2, 0, DateTimeKind.Utc);
            await db.Database.ExecuteSqlAsync($@"INSERT INTO Webinars (Id, Status, StartsAt, DurationMinutes, LobbyMinutes, QuestionsNeedApproval, CreatedBy, CreatedAt, LastSequence, CurrentSlide, EndedAt, ETag, Capacity, OpenToAll, Slides, CalendarSequence)
                VALUES ({ran}, 2, {endedAt.AddHours(-1)}, 60, 10, 0, {Guid.NewGuid()}, {endedAt.AddDays(-7)}, 41, 3, {endedAt}, 44, 100, 1, '[]', 0),
                       ({untouched}, 1, {endedAt.AddDays(7)}, 60, 10, 0, {Guid.NewGuid()}, {endedAt}, 0, 0, NULL, 0, 100, 1, '[]', 0)");

            await migrator.MigrateAsync();

            var rooms = await db.WebinarSessions.AsNoTracking().ToListAsync();
            var room = Assert.Single(rooms);
            Assert.Equal((ran, 41L, 3, (DateTime?)endedAt), (room.WebinarId, room.LastSequence, room.CurrentSlide, room.EndedAt));
            Assert.Equal(endedAt, (await db.Webinars.AsNoTracking().SingleAsync(w => w.Id == ran)).EndedAt);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static AcademyDbContext Context(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
