namespace Soteliiderit.Academy.Data.Materials;

/// <summary>One block the store holds for an upload.</summary>
public sealed class MaterialUploadBlock
{
    public Guid UploadId { get; set; }

    public int Index { get; set; }
}
