using System.Net;
using Azure.Data.Tables;
using Orleans.Configuration;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>The Orleans silo inside the web app: one node on localhost by default, or a node of a cluster.</summary>
public static class ClusterSetup
{
    /// <summary>Registered before the rest so the silo runs before anything at start-up calls a grain.</summary>
    public static WebApplicationBuilder AddAcademyCluster(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection($"{AcademyOptions.Section}:Cluster").Get<ClusterSettings>() ?? new ClusterSettings();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = "soteliiderit-academy";
            });
            if (settings.Provider == ClusterProvider.AzureTable)
            {
                var connectionString = settings.ConnectionString is { Length: > 0 } value
                    ? value
                    : throw new InvalidOperationException("Academy:Cluster:ConnectionString is required when Academy:Cluster:Provider is AzureTable.");
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connectionString));
                silo.ConfigureEndpoints(AdvertisedAddress(settings), settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: "soteliiderit-academy", clusterId: settings.ClusterId);
            }
        });
        return builder;
    }

    private static IPAddress AdvertisedAddress(ClusterSettings settings) =>
        settings.AdvertisedAddress is { Length: > 0 } text
            ? IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"Academy:Cluster:AdvertisedAddress '{text}' is not an IP address.")
            : Dns.GetHostAddresses(Dns.GetHostName()).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
}
