using System.Security.Cryptography;

namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>
/// Checks a file as its bytes go by, in order: counts them against the size limit, tells the type from the first
/// bytes, keeps the end of a ZIP to read its parts list, counts a PDF's pages and computes SHA-256. A refusal is
/// thrown from <see cref="Take"/> or <see cref="Finish"/>; after <see cref="Finish"/>, <see cref="Type"/>,
/// <see cref="Length"/> and <see cref="Sha256"/> are known. <see cref="InspectingStream"/> feeds it from a stream;
/// a resumable upload feeds it block by block.
/// </summary>
public sealed class FileInspector(long sizeLimit) : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _head = new byte[FileSignature.HeadLength];
    private readonly long _sizeLimit = sizeLimit;
    private byte[]? _tail;
    private PdfPageCounter? _pdfPages;
    private bool _isZip;
    private long _length;

    public FileType? Type { get; private set; }

    /// <summary>Pages of a PDF (at least 1), 1 for any other file; known once finished.</summary>
    public int Pages => _pdfPages?.Pages ?? 1;

    /// <summary>Lower-case hex, known once finished.</summary>
    public string? Sha256 { get; private set; }

    public long Length => _length;

    public bool Finished { get; private set; }

    /// <summary>The next bytes of the file, in order. Throws <see cref="MaterialRefusedException"/> as soon as the file is refused.</summary>
    public void Take(ReadOnlySpan<byte> bytes)
    {
        var before = _length;
        _length += bytes.Length;
        if (_length > _sizeLimit)
        {
            throw new MaterialRefusedException(MaterialRefusal.TooLarge, _sizeLimit);
        }

        if (before < _head.Length)
        {
            var headBytes = bytes[..(int)Math.Min(bytes.Length, _head.Length - before)];
            headBytes.CopyTo(_head.AsSpan((int)before));
            if (_length >= _head.Length)
            {
                Recognize(_head);
            }
        }

        _hash.AppendData(bytes);
        _pdfPages?.Take(bytes);
        if (_isZip)
        {
            KeepTail(bytes, before);
        }
    }

    private void Recognize(ReadOnlySpan<byte> head)
    {
        if (FileSignature.IsZip(head))
        {
            _isZip = true;
            _tail = new byte[OfficePackage.TailLength];
            return;
        }

        Type = FileSignature.Detect(head) ?? throw new MaterialRefusedException(MaterialRefusal.UnsupportedType);
        if (Type == FileType.Pdf)
        {
            _pdfPages = new PdfPageCounter();
        }
    }

    // A ring buffer: byte n of the file lives at n % TailLength, so the last TailLength bytes are always there.
    private void KeepTail(ReadOnlySpan<byte> bytes, long position)
    {
        var tail = _tail!;
        if (bytes.Length > tail.Length)
        {
            position += bytes.Length - tail.Length;
            bytes = bytes[^tail.Length..];
        }

        var at = (int)(position % tail.Length);
        var first = Math.Min(bytes.Length, tail.Length - at);
        bytes[..first].CopyTo(tail.AsSpan(at));
        bytes[first..].CopyTo(tail);
    }

    /// <summary>The file ended: decides what an Office file is, and computes <see cref="Sha256"/>. Throws when the whole is refused.</summary>
    public void Finish()
    {
        Finished = true;
        if (_length == 0)
        {
            throw new MaterialRefusedException(MaterialRefusal.Empty);
        }

        if (_length < _head.Length)
        {
            Recognize(_head.AsSpan(0, (int)_length));
            if (_isZip)
            {
                KeepTail(_head.AsSpan(0, (int)_length), 0);
            }
        }

        if (_isZip)
        {
            Type = OfficePackage.Inspect(OrderedTail(), _length, out var refusal) ?? throw new MaterialRefusedException(refusal);
        }

        _pdfPages?.Finish();
        Sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    private byte[] OrderedTail()
    {
        var tail = _tail!;
        if (_length <= tail.Length)
        {
            return tail[..(int)_length];
        }

        var start = (int)(_length % tail.Length);
        return [.. tail.AsSpan(start), .. tail.AsSpan(0, start)];
    }

    public void Dispose() => _hash.Dispose();
}
