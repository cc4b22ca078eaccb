namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// Who is in the room now: each person once however many tabs or devices they joined with, and the stretch of
/// attendance open for them. Their stay ends when their last connection leaves.
/// </summary>
public sealed class RoomPresence
{
    private readonly Dictionary<Guid, Presence> _people = [];

    public int Count => _people.Count;

    /// <summary>The attendance stretches of everyone here, which the room's heartbeat vouches for.</summary>
    public IReadOnlyList<long> OpenStretches => [.. _people.Values.Select(p => p.Stretch)];

    public IReadOnlyList<Attendee> Attendees =>
        [.. _people.Select(p => new Attendee(p.Key, p.Value.Name, p.Value.IsFacilitator)).OrderBy(a => a.Name, StringComparer.CurrentCulture)];

    public bool Contains(Guid userId) => _people.ContainsKey(userId);

    /// <summary>Another connection of someone already here (true), or nobody to add it to (false: they arrive).</summary>
    public bool AddConnection(Guid userId)
    {
        if (!_people.TryGetValue(userId, out var here))
        {
            return false;
        }

        _people[userId] = here with { Connections = here.Connections + 1 };
        return true;
    }

    public void Arrive(Guid userId, string name, bool isFacilitator, long stretch) => _people[userId] = new Presence(name, isFacilitator, 1, stretch);

    /// <summary>One of the person's connections left: their stretch when it was the last one, otherwise null.</summary>
    public long? RemoveConnection(Guid userId)
    {
        if (!_people.TryGetValue(userId, out var here))
        {
            return null;
        }

        if (here.Connections > 1)
        {
            _people[userId] = here with { Connections = here.Connections - 1 };
            return null;
        }

        _people.Remove(userId);
        return here.Stretch;
    }

    public void Clear() => _people.Clear();

    private sealed record Presence(string Name, bool IsFacilitator, int Connections, long Stretch);
}
