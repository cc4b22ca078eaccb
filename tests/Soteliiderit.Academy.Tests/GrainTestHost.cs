using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.Configuration;
using Orleans.TestingHost;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Grains.Scheduling;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests;

/// <summary>A SQLite file of its own per test class; each <see cref="GrainTestHost"/> on it is one runtime.</summary>
public sealed class TestDatabase : IDbContextFactory<AcademyDbContext>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"academy-unit-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        using var db = CreateContext();
        db.Database.EnsureCreated();
    }

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    public AcademyDbContext CreateContext() =>
        new SqliteAcademyDbContext(new DbContextOptionsBuilder<SqliteAcademyDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>The database as a grain or a plain class of one gets it.</summary>
    public AcademyDbContext CreateDbContext() => CreateContext();

    /// <summary>Runs a statement of the test's own, such as a trigger that makes the database refuse a write.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var db = CreateContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public async Task<Guid> AddUserAsync(string name = "Tiina Testaaja")
    {
        await using var db = CreateContext();
        var user = new AcademyUser { Id = Guid.NewGuid(), UserName = $"{Guid.NewGuid():N}@academy.test", DisplayName = name };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A webinar open to every signed-in person whose room is open from <paramref name="startsAt"/>, for an hour.</summary>
    public async Task AddOpenWebinarAsync(Guid id, DateTime startsAt)
    {
        await using var db = CreateContext();
        db.Webinars.Add(new Data.Webinars.Webinar
        {
            Id = id,
            Status = Data.Webinars.WebinarStatus.Scheduled,
            TitleFi = "Luottamus etätiimissä",
            StartsAt = startsAt,
            DurationMinutes = 60,
            Capacity = 100,
            OpenToAll = true,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A material in the library with one version: a PDF of the given pages, or another file.</summary>
    public async Task<Guid> AddMaterialAsync(string contentType = "image/png", int pages = 1, Data.Materials.MaterialStatus status = Data.Materials.MaterialStatus.Published)
    {
        await using var db = CreateContext();
        var id = Guid.NewGuid();
        var material = new Data.Materials.Material { Id = id, Status = status, TitleFi = $"Dia {id:N}", ContentType = contentType, SearchText = "dia", CurrentVersion = 1 };
        material.Versions.Add(new Data.Materials.MaterialVersion { MaterialId = id, Number = 1, BlobName = $"materials/{id:N}/1", FileName = "dia", ContentType = contentType, Sha256 = new string('0', 64), Pages = pages });
        db.Materials.Add(material);
        await db.SaveChangesAsync();
        return id;
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}

/// <summary>
/// One Orleans silo with the academy's grains on a test database, called through a cluster client as a
/// separate process would: every argument and answer crosses the wire, so a type Orleans cannot serialize
/// fails its test. Two hosts on one database are two activations of the same grains, as during a membership change.
/// </summary>
public sealed class GrainTestHost : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;

    public GrainTestHost(TestDatabase database, short silos = 1)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSiloHost((_, host) => host.Services
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(new MailOutbox(isOn: false, Time))
            .AddAcademyDatabase(DatabaseProvider.Sqlite, database.ConnectionString));
        builder.ConfigureSilo((_, silo) => silo
            .UseDatabaseReminders()
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10)));
        _cluster = builder.Build();
        _cluster.DeployAsync().GetAwaiter().GetResult();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    public IGrainFactory Grains => _cluster.Client;

    /// <summary>The client's services (its serializer, say), as a node's web side has them.</summary>
    public IServiceProvider ClientServices => _cluster.Client.ServiceProvider;

    public ICourseGrain Course(Guid id) => Grains.GetGrain<ICourseGrain>(id.ToString());

    public ILearnerGrain Learner(Guid id) => Grains.GetGrain<ILearnerGrain>(id.ToString());

    public IWebinarGrain Webinar(Guid webinarId) => Grains.GetGrain<IWebinarGrain>(webinarId.ToString());

    public IWebinarSessionGrain Session(Guid webinarId) => Grains.GetGrain<IWebinarSessionGrain>(webinarId.ToString());

    /// <summary>Drops the grain's activation (after its OnDeactivateAsync); the next call activates it from its rows.</summary>
    public Task DeactivateAsync(IAddressable grain) => _cluster.DeactivateAsync(grain);

    /// <summary>Stops the silo gracefully: every grain gets its OnDeactivateAsync.</summary>
    public Task StopAsync() => _cluster.StopAllSilosAsync();

    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();
}
