using System.Globalization;

namespace Soteliiderit.Academy.Bench;

/// <param name="Attendees">People in the room, each on their own connection.</param>
/// <param name="Rate">Chat messages per second, from the whole room.</param>
/// <param name="Seconds">How long the measured sending lasts.</param>
/// <param name="PerProcess">Attendees per node process: one process cannot read the room's traffic for ten thousand.</param>
/// <param name="Nodes">Academy nodes of one cluster; the node processes of attendees are dealt out over them.</param>
/// <param name="Cluster">
/// Whether a single node runs as a cluster's node does (PostgreSQL, Azurite, Azure Table membership): the one-node
/// figure that two nodes are compared with on equal terms. More than one node always does.
/// </param>
public sealed record WebinarOptions(int Attendees, double Rate, int Seconds, int PerProcess, int Nodes = 1, bool Cluster = false)
{
    public bool Clustered => Cluster || Nodes > 1;

    public static WebinarOptions Parse(IReadOnlyList<string> args)
    {
        var options = new WebinarOptions(1000, 2, 30, 2500);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--cluster")
            {
                options = options with { Cluster = true };
                continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : "";
            options = args[i] switch
            {
                "--attendees" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 => options with { Attendees = n },
                "--rate" when double.TryParse(value, CultureInfo.InvariantCulture, out var r) && r > 0 => options with { Rate = r },
                "--seconds" when int.TryParse(value, CultureInfo.InvariantCulture, out var s) && s > 0 => options with { Seconds = s },
                "--per-process" when int.TryParse(value, CultureInfo.InvariantCulture, out var p) && p > 0 => options with { PerProcess = p },
                "--nodes" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 4 => options with { Nodes = n },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }
}
