using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class RaisedHandsTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Pekka = Guid.NewGuid();
    private readonly RaisedHands _hands = new();

    [Fact]
    public void Hands_queue_in_the_order_they_went_up_and_a_second_raise_keeps_the_first_place()
    {
        _hands.Raise(Anna, "Anna", Now);
        _hands.Raise(Pekka, "Pekka", Now.AddSeconds(1));

        var queue = _hands.Raise(Anna, "Anna", Now.AddSeconds(2));

        Assert.Equal([(Anna, Now), (Pekka, Now.AddSeconds(1))], queue.Select(h => (h.UserId, h.RaisedAt)));
        Assert.Equal([Pekka], _hands.Lower(Anna).Select(h => h.UserId));
    }

    [Fact]
    public void Facilitators_see_the_whole_queue_and_others_their_own_hand_only()
    {
        _hands.Raise(Anna, "Anna", Now);
        _hands.Raise(Pekka, "Pekka", Now);

        Assert.Equal(2, _hands.SeenBy(Guid.NewGuid(), facilitator: true).Count);
        Assert.Equal([Pekka], _hands.SeenBy(Pekka, facilitator: false).Select(h => h.UserId));
        Assert.Empty(_hands.SeenBy(Guid.NewGuid(), facilitator: false));
    }
}
