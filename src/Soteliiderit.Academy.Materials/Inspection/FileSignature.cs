namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>Recognizes the accepted file types by their first bytes ("magic numbers"), whatever the file is called.</summary>
public static class FileSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see (fewer only when the file is that short).</summary>
    public const int HeadLength = 16;

    private static ReadOnlySpan<byte> PngStart => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8, 0xFF];

    /// <summary>A ZIP starts like this; whether it is an Office document is decided from its parts list at the end.</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

    /// <summary>The type, or null when the bytes are not one the academy accepts (a ZIP is <see cref="IsZip"/>'s business).</summary>
    public static FileType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return FileType.Pdf;
        }

        if (head.StartsWith(PngStart))
        {
            return FileType.Png;
        }

        if (head.StartsWith(JpegStart))
        {
            return FileType.Jpeg;
        }

        if (IsMp4(head))
        {
            return FileType.Mp4;
        }

        return IsMp3(head) ? FileType.Mp3 : null;
    }

    // ISO base media: a box size, then "ftyp" and the major brand. Only MP4 video brands: HEIF/AVIF images,
    // QuickTime and other formats share the box but are not what the academy serves as video/mp4.
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "MSNV", "f4v "];

    private static bool IsMp4(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && Mp4Brands.Contains(System.Text.Encoding.ASCII.GetString(head[8..12]));

    // An ID3 tag, or an MPEG audio layer III frame header (11 sync bits, a valid version, layer III).
    private static bool IsMp3(ReadOnlySpan<byte> head) =>
        head.StartsWith("ID3"u8)
        || (head.Length >= 3 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x18) != 0x08 && (head[1] & 0x06) == 0x02
            && (head[2] & 0xF0) != 0xF0);
}
