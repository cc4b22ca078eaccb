namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// Who is in the room now: each person once however many tabs or devices they joined with, and the stretch of
/// attendance open for them. Each connection is counted on the node that holds it, which vouches for it; their stay
/// ends when their last connection leaves, or when every node that held one went silent (it died).
/// </summary>
public sealed class RoomPresence
{
    /// <summary>Connections of a caller that names no node (a test or a script talking to the grain directly): never silent.</summary>
    private const string NoNode = "";

    private readonly Dictionary<Guid, Presence> _people = [];

    public int Count => _people.Count;

    /// <summary>The attendance stretches of everyone here, which the room's heartbeat vouches for.</summary>
    public IReadOnlyList<long> OpenStretches => [.. _people.Values.Select(p => p.Stretch)];

    public IReadOnlyList<Attendee> Attendees =>
        [.. _people.Select(p => new Attendee(p.Key, p.Value.Name, p.Value.IsFacilitator)).OrderBy(a => a.Name, StringComparer.CurrentCulture)];

    public bool Contains(Guid userId) => _people.ContainsKey(userId);

    /// <summary>Another connection of someone already here (true), or nobody to add it to (false: they arrive).</summary>
    public bool AddConnection(Guid userId, string? node)
    {
        if (!_people.TryGetValue(userId, out var here))
        {
            return false;
        }

        here.Connections[node ?? NoNode] = here.Connections.GetValueOrDefault(node ?? NoNode) + 1;
        return true;
    }

    public void Arrive(Guid userId, string name, bool isFacilitator, long stretch, string? node, int connections = 1) =>
        _people[userId] = new Presence(name, isFacilitator, stretch) { Connections = { [node ?? NoNode] = connections } };

    /// <summary>
    /// A node vouches for the person's connections it holds: counted at least that many there (a Join it made
    /// meanwhile is not counted twice). False when the person is not here: they arrive.
    /// </summary>
    public bool HoldAtLeast(Guid userId, string? node, int connections)
    {
        if (!_people.TryGetValue(userId, out var here))
        {
            return false;
        }

        here.Connections[node ?? NoNode] = Math.Max(connections, here.Connections.GetValueOrDefault(node ?? NoNode));
        return true;
    }

    /// <summary>One of the person's connections left: their stretch when it was the last one, otherwise null.</summary>
    public long? RemoveConnection(Guid userId, string? node)
    {
        if (!_people.TryGetValue(userId, out var here))
        {
            return null;
        }

        // A connection the grain counted under another node (it re-activated meanwhile) still goes.
        var key = here.Connections.ContainsKey(node ?? NoNode) ? node ?? NoNode : here.Connections.Keys.First();
        if (--here.Connections[key] == 0)
        {
            here.Connections.Remove(key);
        }

        if (here.Connections.Count > 0)
        {
            return null;
        }

        _people.Remove(userId);
        return here.Stretch;
    }

    /// <summary>Forgets the connections of nodes that went silent; returns the people who had no other.</summary>
    public IReadOnlyList<Guid> DropSilentNodes(Func<string, bool> isSilent)
    {
        var gone = new List<Guid>();
        foreach (var (userId, here) in _people)
        {
            foreach (var node in here.Connections.Keys.Where(n => n != NoNode && isSilent(n)).ToList())
            {
                here.Connections.Remove(node);
            }

            if (here.Connections.Count == 0)
            {
                gone.Add(userId);
            }
        }

        gone.ForEach(userId => _people.Remove(userId));
        return gone;
    }

    public void Clear() => _people.Clear();

    private sealed record Presence(string Name, bool IsFacilitator, long Stretch)
    {
        /// <summary>Connections per node that holds them.</summary>
        public Dictionary<string, int> Connections { get; } = [];
    }
}
