using System.Security.Cryptography;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.Tests.Materials;

/// <summary>When an upload's blocks can be inspected as they come, and when the file has to be read back instead.</summary>
public sealed class BlockInspectionsTests
{
    private static readonly byte[] File = SampleFiles.Pdf(3000);
    private readonly BlockInspections _inspections = new(TimeProvider.System);
    private readonly Guid _upload = Guid.NewGuid();

    public BlockInspectionsTests() => _inspections.Begin(_upload, long.MaxValue);

    [Fact]
    public async Task Blocks_taken_in_order_give_the_whole_files_type_and_checksum()
    {
        for (var index = 0; index < 3; index++)
        {
            using var arrival = _inspections.Arrive(_upload, index);
            await arrival.TakeAsync(Block(index), CancellationToken.None);
        }

        using var inspected = _inspections.Finish(_upload, 3);

        Assert.Equal((FileType.Pdf, 3000L, Convert.ToHexStringLower(SHA256.HashData(File))), (inspected?.Type, inspected?.Length, inspected?.Sha256));
    }

    [Fact]
    public async Task A_block_that_overtakes_one_on_its_way_waits_for_it()
    {
        await TakeAsync(0);
        bool waited;
        using (var first = _inspections.Arrive(_upload, 1))
        using (var second = _inspections.Arrive(_upload, 2))
        {
            var overtaking = second.TakeAsync(Block(2), CancellationToken.None);
            waited = !overtaking.IsCompleted;
            await first.TakeAsync(Block(1), CancellationToken.None);
            await overtaking;
        }

        Assert.True(waited);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File)), _inspections.Finish(_upload, 3)?.Sha256);
    }

    [Fact]
    public async Task A_block_whose_predecessor_is_not_on_its_way_leaves_the_file_to_be_read_back_without_waiting()
    {
        await TakeAsync(0);
        await TakeAsync(2);
        await TakeAsync(1);

        Assert.Null(_inspections.Finish(_upload, 3));
    }

    [Fact]
    public async Task A_block_sent_again_after_it_was_taken_leaves_the_file_to_be_read_back()
    {
        // The copy sent again replaces the first in the store, and need not hold the same bytes.
        await TakeAsync(0);
        await TakeAsync(1);
        using (var again = _inspections.Arrive(_upload, 0))
        {
            await again.TakeAsync(new byte[1000], CancellationToken.None);
        }

        await TakeAsync(2);

        Assert.Null(_inspections.Finish(_upload, 3));
    }

    [Fact]
    public async Task A_completion_while_a_block_is_still_on_its_way_leaves_the_file_to_be_read_back()
    {
        await TakeAsync(0);
        await TakeAsync(1);
        await TakeAsync(2);

        using var late = _inspections.Arrive(_upload, 1);

        Assert.Null(_inspections.Finish(_upload, 3));
    }

    [Fact]
    public async Task An_upload_this_node_did_not_start_is_read_back()
    {
        var elsewhere = Guid.NewGuid();
        using (var arrival = _inspections.Arrive(elsewhere, 0))
        {
            await arrival.TakeAsync(Block(0), CancellationToken.None);
        }

        Assert.Null(_inspections.Finish(elsewhere, 3));
    }

    private async Task TakeAsync(int index)
    {
        using var arrival = _inspections.Arrive(_upload, index);
        await arrival.TakeAsync(Block(index), CancellationToken.None);
    }

    private static ReadOnlyMemory<byte> Block(int index) => File.AsMemory(index * 1000, 1000);
}
