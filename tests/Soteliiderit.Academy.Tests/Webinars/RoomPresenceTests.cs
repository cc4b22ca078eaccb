using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

public sealed class RoomPresenceTests
{
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Pekka = Guid.NewGuid();
    private readonly RoomPresence _room = new();

    [Fact]
    public void Someone_in_two_tabs_is_counted_once_and_stays_until_the_last_tab_leaves()
    {
        Assert.False(_room.AddConnection(Anna));
        _room.Arrive(Anna, "Anna Korhonen", isFacilitator: false, stretch: 41);
        Assert.True(_room.AddConnection(Anna));

        var firstTab = _room.RemoveConnection(Anna);
        var countWithOneTab = _room.Count;
        var lastTab = _room.RemoveConnection(Anna);

        Assert.Null(firstTab);
        Assert.Equal(1, countWithOneTab);
        Assert.Equal(41, lastTab);
        Assert.False(_room.Contains(Anna));
        Assert.Null(_room.RemoveConnection(Anna));
    }

    [Fact]
    public void The_facilitators_list_is_in_name_order_and_the_heartbeat_vouches_for_everyone_here()
    {
        _room.Arrive(Pekka, "Pekka Virtanen", isFacilitator: false, stretch: 7);
        _room.Arrive(Anna, "Anna Korhonen", isFacilitator: true, stretch: 8);

        Assert.Equal([("Anna Korhonen", true), ("Pekka Virtanen", false)], _room.Attendees.Select(a => (a.Name, a.IsFacilitator)));
        Assert.Equal([7L, 8L], _room.OpenStretches.Order());
    }
}
