using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Data;

public enum DatabaseProvider
{
    /// <summary>A file next to the app: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL 15 or later: the server setup.</summary>
    Postgres,

    /// <summary>SQL Server 2019 or later, or Azure SQL: for employers whose databases are Microsoft's.</summary>
    SqlServer,
}

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AcademyDbContext"/> (scoped, for requests) and <see cref="IDbContextFactory{AcademyDbContext}"/>
    /// (for grains, which live outside requests) on the chosen provider.
    /// </summary>
    public static IServiceCollection AddAcademyDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddSingleton<ReportStampInterceptor>();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqliteAcademyDbContext>((provided, options) => options.UseSqlite(connectionString).AddInterceptors(provided.GetRequiredService<ReportStampInterceptor>()));
                services.AddSingleton<IDbContextFactory<AcademyDbContext>, AcademyDbContextFactory<SqliteAcademyDbContext>>();
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextFactory<PostgresAcademyDbContext>((provided, options) => options.UseNpgsql(connectionString).AddInterceptors(provided.GetRequiredService<ReportStampInterceptor>()));
                services.AddSingleton<IDbContextFactory<AcademyDbContext>, AcademyDbContextFactory<PostgresAcademyDbContext>>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextFactory<SqlServerAcademyDbContext>((provided, options) => options.UseSqlServer(connectionString).AddInterceptors(provided.GetRequiredService<ReportStampInterceptor>()));
                services.AddSingleton<IDbContextFactory<AcademyDbContext>, AcademyDbContextFactory<SqlServerAcademyDbContext>>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AcademyDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Hands out the provider's context as the provider-neutral type.</summary>
    private sealed class AcademyDbContextFactory<TProvider>(IDbContextFactory<TProvider> inner) : IDbContextFactory<AcademyDbContext>
        where TProvider : AcademyDbContext
    {
        public AcademyDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
