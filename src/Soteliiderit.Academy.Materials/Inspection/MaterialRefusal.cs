namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>Why an uploaded file was not accepted. Each has its own message in the uploader's language.</summary>
public enum MaterialRefusal
{
    Empty,
    TooLarge,
    UnsupportedType,
    Macros,
}

/// <summary>The upload was read far enough to know it cannot be accepted; the store then keeps nothing of it.</summary>
public sealed class MaterialRefusedException(MaterialRefusal refusal, long sizeLimit = 0)
    : Exception($"The file was refused: {refusal}.")
{
    public MaterialRefusal Refusal { get; } = refusal;

    /// <summary>The limit that was exceeded, for <see cref="MaterialRefusal.TooLarge"/>.</summary>
    public long SizeLimit { get; } = sizeLimit;
}
