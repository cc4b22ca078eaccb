using System.Buffers.Binary;
using System.Text;

namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>
/// Decides whether a ZIP is a Word, Excel or PowerPoint document by reading its central directory (the list
/// of parts at the end of the file): an Office package has "[Content_Types].xml" and its main part. Documents
/// with macros are refused, so are packages whose parts list cannot be read from the tail that was kept.
/// </summary>
public static class OfficePackage
{
    /// <summary>How much of the end of a ZIP is kept while it streams by, enough for thousands of parts.</summary>
    public const int TailLength = 1 << 20;

    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint CentralDirectoryEntry = 0x02014b50;

    /// <summary>The document type; or null with the reason in <paramref name="refusal"/>.</summary>
    public static FileType? Inspect(ReadOnlySpan<byte> tail, long totalLength, out MaterialRefusal refusal)
    {
        refusal = MaterialRefusal.UnsupportedType;
        var parts = PartNames(tail, totalLength);
        if (parts is null || !parts.Contains("[Content_Types].xml"))
        {
            return null;
        }

        if (parts.Any(name => name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            refusal = MaterialRefusal.Macros;
            return null;
        }

        return parts.Contains("word/document.xml") ? FileType.Word
            : parts.Contains("xl/workbook.xml") ? FileType.Excel
            : parts.Contains("ppt/presentation.xml") ? FileType.PowerPoint
            : null;
    }

    private static HashSet<string>? PartNames(ReadOnlySpan<byte> tail, long totalLength)
    {
        var end = FindEndRecord(tail);
        if (end < 0)
        {
            return null;
        }

        var entries = BinaryPrimitives.ReadUInt16LittleEndian(tail[(end + 10)..]);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(tail[(end + 12)..]);
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(tail[(end + 16)..]);
        var tailStart = totalLength - tail.Length;
        var start = offset - tailStart;
        if (offset == uint.MaxValue || start < 0 || start + size > end)
        {
            return null;
        }

        return ReadEntries(tail.Slice((int)start, (int)size), entries);
    }

    private static int FindEndRecord(ReadOnlySpan<byte> tail)
    {
        // The record is 22 bytes plus a comment of up to 64 KiB, so it is searched for backwards.
        for (var at = tail.Length - 22; at >= Math.Max(0, tail.Length - 22 - ushort.MaxValue); at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail[at..]) == EndOfCentralDirectory)
            {
                return at;
            }
        }

        return -1;
    }

    private static HashSet<string>? ReadEntries(ReadOnlySpan<byte> directory, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (at + 46 > directory.Length || BinaryPrimitives.ReadUInt32LittleEndian(directory[at..]) != CentralDirectoryEntry)
            {
                return null;
            }

            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[(at + 28)..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[(at + 30)..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[(at + 32)..]);
            if (at + 46 + nameLength > directory.Length)
            {
                return null;
            }

            names.Add(Encoding.UTF8.GetString(directory.Slice(at + 46, nameLength)));
            at += 46 + nameLength + extraLength + commentLength;
        }

        return names;
    }
}
