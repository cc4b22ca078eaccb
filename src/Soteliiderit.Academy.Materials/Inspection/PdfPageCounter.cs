namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>
/// Counts the pages of a PDF as it streams by, by its page objects ("/Type /Page", not "/Pages"), so a webinar can
/// step through a PDF deck page by page. Pages kept in compressed object streams are not seen; such a file counts
/// as one page, and its viewer still lets people scroll. Holds back only the few bytes a match can span.
/// </summary>
public sealed class PdfPageCounter
{
    // "/Type" + up to 8 whitespace + "/Page" + the byte after it.
    private const int Span = 5 + 8 + 5 + 1;
    private readonly byte[] _carry = new byte[Span];
    private int _carried;
    private int _found;

    /// <summary>At least 1: a PDF has a page even when its page objects could not be seen.</summary>
    public int Pages => Math.Max(1, _found);

    public void Take(ReadOnlySpan<byte> bytes)
    {
        var joined = new byte[_carried + bytes.Length];
        _carry.AsSpan(0, _carried).CopyTo(joined);
        bytes.CopyTo(joined.AsSpan(_carried));
        // A match starting in the last Span bytes may not be complete yet: those bytes wait for the next chunk.
        var settled = Math.Max(0, joined.Length - Span);
        _found += Count(joined, settled);
        _carried = joined.Length - settled;
        joined.AsSpan(settled).CopyTo(_carry);
    }

    public void Finish()
    {
        _found += Count(_carry.AsSpan(0, _carried), _carried);
        _carried = 0;
    }

    private static int Count(ReadOnlySpan<byte> bytes, int startsBefore)
    {
        var count = 0;
        for (var at = bytes.IndexOf("/Type"u8); at >= 0 && at < startsBefore;)
        {
            if (IsPage(bytes[(at + 5)..]))
            {
                count++;
            }

            var next = bytes[(at + 1)..].IndexOf("/Type"u8);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return count;
    }

    private static bool IsPage(ReadOnlySpan<byte> rest)
    {
        var i = 0;
        while (i < rest.Length && i < 8 && rest[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        {
            i++;
        }

        // "/Page" followed by a delimiter, so "/Pages" is not a page.
        return rest[i..].StartsWith("/Page"u8) && (rest.Length == i + 5 || !char.IsAsciiLetterOrDigit((char)rest[i + 5]));
    }
}
