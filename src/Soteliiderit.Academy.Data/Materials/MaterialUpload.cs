namespace Soteliiderit.Academy.Data.Materials;

/// <summary>
/// A file being sent in blocks, so that a dropped connection, a reload or a restart of the academy loses only
/// the blocks in flight. The blocks the store already holds are <see cref="Blocks"/>; nothing is a material
/// until the upload is completed.
/// </summary>
public sealed class MaterialUpload
{
    public Guid Id { get; set; }

    public Guid UploadedBy { get; set; }

    /// <summary>As the uploader's computer named it; cleaned when the material is recorded.</summary>
    public required string FileName { get; set; }

    public long Length { get; set; }

    /// <summary>Bytes in every block but the last, which holds the rest.</summary>
    public int BlockSize { get; set; }

    /// <summary>The material the file becomes: a new one, or (when <see cref="NewVersion"/>) the next version of an existing one.</summary>
    public Guid MaterialId { get; set; }

    public bool NewVersion { get; set; }

    /// <summary>Where the store keeps the blocks and, once committed, the file.</summary>
    public required string BlobName { get; set; }

    /// <summary>SHA-256 of block 0 (lower-case hex) once it arrived: how the page tells the same file picked again.</summary>
    public string? FirstBlockSha256 { get; set; }

    public MaterialUploadState State { get; set; }

    /// <summary>When a completion started; one that never finished (the node died) may be started again after a while.</summary>
    public DateTime? CompletingSince { get; set; }

    /// <summary>The version the file became, once completed.</summary>
    public int? Version { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Moves on with every block; from then on the upload is refused and its blocks are discarded.</summary>
    public DateTime ExpiresAt { get; set; }

    public List<MaterialUploadBlock> Blocks { get; } = [];
}

