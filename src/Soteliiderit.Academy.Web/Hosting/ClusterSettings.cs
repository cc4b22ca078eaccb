using System.ComponentModel.DataAnnotations;
using Orleans.Configuration;

namespace Soteliiderit.Academy.Web.Hosting;

public enum ClusterProvider
{
    /// <summary>One node on this machine; nothing to set up.</summary>
    Localhost,

    /// <summary>Several nodes that find one another in an Azure Table (membership).</summary>
    AzureTable,
}

/// <summary>"Academy:Cluster": how this node finds the others. The same on every node but the ports and address.</summary>
public sealed class ClusterSettings
{
    public const string Section = $"{AcademyOptions.Section}:Cluster";

    public ClusterProvider Provider { get; set; } = ClusterProvider.Localhost;

    /// <summary>Required for AzureTable: an Azure Storage connection string with a table endpoint.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Nodes with the same id and storage form one cluster.</summary>
    [Required]
    public string ClusterId { get; set; } = "academy";

    /// <summary>The address other nodes reach this one at; default the host's first address.</summary>
    public string? AdvertisedAddress { get; set; }

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// How fast the cluster gives up on a node that stopped answering: probed every second, declared dead after two
    /// missed probes, the membership table re-read every two seconds. A live webinar moves to a survivor in a few
    /// seconds instead of Orleans' default of about a minute; a busy node still answers a probe within a second.
    /// </summary>
    public static void Membership(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 2;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
    }
}
