namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>How a file of <see cref="Length"/> bytes is cut into blocks: every block <see cref="BlockSize"/> bytes but the last.</summary>
public readonly record struct UploadBlocks(long Length, int BlockSize)
{
    /// <summary>Azure Blob's limit of blocks per blob; a larger file gets larger blocks.</summary>
    public const int MaxBlocks = 50_000;

    public int Count => (int)((Length + BlockSize - 1) / BlockSize);

    public bool Contains(int index) => index >= 0 && index < Count;

    /// <summary>Bytes block <paramref name="index"/> must hold.</summary>
    public int SizeOf(int index) => index < Count - 1 ? BlockSize : (int)(Length - ((long)(Count - 1) * BlockSize));

    /// <summary>The wanted block size, or the next whole mebibyte that keeps the file within <see cref="MaxBlocks"/>.</summary>
    public static UploadBlocks For(long length, int wantedBlockSize)
    {
        const int MiB = 1024 * 1024;
        var least = (length + MaxBlocks - 1) / MaxBlocks;
        var size = least <= wantedBlockSize ? wantedBlockSize : (int)Math.Min(((least + MiB - 1) / MiB) * MiB, 4000L * MiB);
        return new UploadBlocks(length, size);
    }
}
