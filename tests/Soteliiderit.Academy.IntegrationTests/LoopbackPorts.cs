using System.Net;
using System.Net.Sockets;

namespace Soteliiderit.Academy.IntegrationTests;

public static class LoopbackPorts
{
    /// <summary>A loopback port that nothing listens on right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The settings that give a node's silo and gateway ports of their own, so several nodes share this machine.</summary>
    public static Dictionary<string, string> ForSilo(string separator = ":") => new()
    {
        [$"Academy{separator}Cluster{separator}SiloPort"] = Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Academy{separator}Cluster{separator}GatewayPort"] = Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
