using System.ComponentModel.DataAnnotations;
using System.Net;
using Azure.Data.Tables;
using Orleans.Configuration;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains.Scheduling;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>The Orleans silo inside the web app: one node on localhost by default, or a node of a cluster.</summary>
public static class ClusterSetup
{
    /// <summary>Registered before the rest so the silo runs before anything at start-up calls a grain.</summary>
    public static WebApplicationBuilder AddAcademyCluster(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), [], validateAllProperties: true))
        {
            throw new InvalidOperationException(
                "Academy:Cluster is not valid: ClusterId is required, and SiloPort and GatewayPort must be ports from 1 to 65535.");
        }

        if (settings.Provider == ClusterProvider.AzureTable)
        {
            RefuseWhatNodesCannotShare(builder.Configuration);
        }

        builder.Services.AddSingleton(settings);

        builder.UseOrleans(silo =>
        {
            silo.UseDatabaseReminders();
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = ServiceId;
            });
            silo.Configure<ClusterMembershipOptions>(ClusterSettings.Membership);
            if (settings.Provider == ClusterProvider.AzureTable)
            {
                silo.UseAzureStorageClustering(o => o.TableServiceClient = MembershipTable(settings));
                silo.ConfigureEndpoints(AdvertisedAddress(settings), settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: ServiceId, clusterId: settings.ClusterId);
            }
        });
        return builder;
    }

    private const string ServiceId = "soteliiderit-academy";

    /// <summary>Nodes of a cluster share the database and the material store; a file on one machine cannot be shared.</summary>
    private static void RefuseWhatNodesCannotShare(IConfiguration configuration)
    {
        var database = configuration.GetValue($"{AcademyOptions.Section}:Database:Provider", DatabaseProvider.Sqlite);
        if (database == DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                "Academy:Cluster:Provider is AzureTable (this node is part of a cluster), but Academy:Database:Provider is Sqlite: "
                + "nodes cannot share a SQLite file. Set Academy:Database:Provider to Postgres or SqlServer.");
        }

        var materials = configuration.GetValue($"{AcademyOptions.Section}:Materials:Provider", MaterialStoreProvider.FileSystem);
        if (materials == MaterialStoreProvider.FileSystem)
        {
            throw new InvalidOperationException(
                "Academy:Cluster:Provider is AzureTable (this node is part of a cluster), but Academy:Materials:Provider is FileSystem: "
                + "nodes cannot share a local disk. Set Academy:Materials:Provider to AzureBlob.");
        }
    }

    private static TableServiceClient MembershipTable(ClusterSettings settings)
    {
        var connectionString = settings.ConnectionString is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("Academy:Cluster:ConnectionString is required when Academy:Cluster:Provider is AzureTable.");
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        try
        {
            return new TableServiceClient(connectionString, options);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException("Academy:Cluster:ConnectionString is not an Azure Storage connection string.", ex);
        }
    }

    private static IPAddress AdvertisedAddress(ClusterSettings settings) =>
        settings.AdvertisedAddress is { Length: > 0 } text
            ? IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"Academy:Cluster:AdvertisedAddress '{text}' is not an IP address.")
            : Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
              ?? throw new InvalidOperationException(
                  "This host has no IPv4 address other nodes could reach (only loopback): set Academy:Cluster:AdvertisedAddress.");

    /// <summary>
    /// A node of a cluster asks its membership table's service once, before it touches the database or starts its
    /// silo: one that cannot reach it stops here, naming the setting, instead of half-starting.
    /// </summary>
    public static async Task CheckClusterStorageAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<ClusterSettings>();
        if (settings.Provider != ClusterProvider.AzureTable)
        {
            return;
        }

        var tables = MembershipTable(settings);
        try
        {
            await tables.GetPropertiesAsync();
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException or TaskCanceledException)
        {
            throw new InvalidOperationException(
                $"Academy:Cluster:ConnectionString: the Azure Table service at {tables.Uri} does not answer ({ex.Message}). "
                + "This node does not start without its cluster's membership table.", ex);
        }
    }
}
