using Soteliiderit.Academy.Web.Features.Materials;

namespace Soteliiderit.Academy.Tests.Materials;

public sealed class UploadBlocksTests
{
    [Fact]
    public void A_file_is_whole_blocks_and_a_last_one_with_the_rest()
    {
        var blocks = UploadBlocks.For(20_000_001, 8 * 1024 * 1024);

        Assert.Equal(3, blocks.Count);
        Assert.Equal((8_388_608, 8_388_608, 3_222_785), (blocks.SizeOf(0), blocks.SizeOf(1), blocks.SizeOf(2)));
        Assert.Equal((false, true, false), (blocks.Contains(-1), blocks.Contains(2), blocks.Contains(3)));
    }

    [Fact]
    public void A_file_too_large_for_the_stores_block_limit_gets_larger_blocks()
    {
        var blocks = UploadBlocks.For(1_000_000L * 1024 * 1024, 1024 * 1024);

        Assert.Equal(20 * 1024 * 1024, blocks.BlockSize);
        Assert.True(blocks.Count <= UploadBlocks.MaxBlocks);
    }
}
