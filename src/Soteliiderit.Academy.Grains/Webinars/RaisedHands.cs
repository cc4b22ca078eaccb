namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// Raised hands in the order they went up: a hand raised twice keeps its place. Facilitators see the whole
/// queue; everyone else sees only their own hand.
/// </summary>
public sealed class RaisedHands
{
    private readonly List<RaisedHand> _hands = [];

    public IReadOnlyList<RaisedHand> Raise(Guid userId, string name, DateTime now)
    {
        if (_hands.All(h => h.UserId != userId))
        {
            _hands.Add(new RaisedHand(userId, name, now));
        }

        return Queue;
    }

    public IReadOnlyList<RaisedHand> Lower(Guid userId)
    {
        _hands.RemoveAll(h => h.UserId == userId);
        return Queue;
    }

    /// <summary>The whole queue, as facilitators see it.</summary>
    public IReadOnlyList<RaisedHand> Queue => [.. _hands];

    public void Clear() => _hands.Clear();

    public IReadOnlyList<RaisedHand> SeenBy(Guid viewer, bool facilitator) =>
        facilitator ? Queue : [.. _hands.Where(h => h.UserId == viewer)];
}
