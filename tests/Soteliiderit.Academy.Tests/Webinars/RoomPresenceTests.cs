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
        Assert.False(_room.AddConnection(Anna, "node-1"));
        _room.Arrive(Anna, "Anna Korhonen", isFacilitator: false, stretch: 41, "node-1");
        Assert.True(_room.AddConnection(Anna, "node-1"));

        var firstTab = _room.RemoveConnection(Anna, "node-1");
        var countWithOneTab = _room.Count;
        var lastTab = _room.RemoveConnection(Anna, "node-1");

        Assert.Null(firstTab);
        Assert.Equal(1, countWithOneTab);
        Assert.Equal(41, lastTab);
        Assert.False(_room.Contains(Anna));
        Assert.Null(_room.RemoveConnection(Anna, "node-1"));
    }

    [Fact]
    public void When_a_node_goes_silent_its_people_leave_and_someone_also_on_another_node_stays()
    {
        _room.Arrive(Anna, "Anna Korhonen", isFacilitator: false, stretch: 1, "node-1");
        _room.Arrive(Pekka, "Pekka Virtanen", isFacilitator: false, stretch: 2, "node-1");
        // Pekka's phone reconnected through the other node before the first one was found dead.
        _room.AddConnection(Pekka, "node-2");

        var gone = _room.DropSilentNodes(node => node == "node-1");

        Assert.Equal([Anna], gone);
        Assert.Equal([2L], _room.OpenStretches);
        Assert.Equal(2L, _room.RemoveConnection(Pekka, "node-2"));
    }

    [Fact]
    public void The_facilitators_list_is_in_name_order_and_the_heartbeat_vouches_for_everyone_here()
    {
        _room.Arrive(Pekka, "Pekka Virtanen", isFacilitator: false, stretch: 7, node: null);
        _room.Arrive(Anna, "Anna Korhonen", isFacilitator: true, stretch: 8, node: null);

        Assert.Equal([("Anna Korhonen", true), ("Pekka Virtanen", false)], _room.Attendees.Select(a => (a.Name, a.IsFacilitator)));
        Assert.Equal([7L, 8L], _room.OpenStretches.Order());
        Assert.Empty(_room.DropSilentNodes(_ => true));
    }
}
