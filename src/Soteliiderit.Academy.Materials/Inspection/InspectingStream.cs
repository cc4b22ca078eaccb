using System.Security.Cryptography;

namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>
/// Passes an upload through to the store while checking it: counts bytes against the size limit, tells the
/// type from the first bytes, keeps the end of a ZIP to read its parts list, counts a PDF's pages, and computes SHA-256
/// on the way.
/// A refusal is thrown from <see cref="ReadAsync(Memory{byte}, CancellationToken)"/>, so the store never
/// commits a refused file; after the last byte, <see cref="Type"/>, <see cref="Length"/> and <see cref="Sha256"/> are known.
/// </summary>
public sealed class InspectingStream(Stream source, long sizeLimit) : ReadOnlyStream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _head = new byte[FileSignature.HeadLength];
    private readonly long _sizeLimit = sizeLimit;
    private byte[]? _tail;
    private PdfPageCounter? _pdfPages;
    private bool _isZip;
    private bool _finished;
    private long _length;

    public FileType? Type { get; private set; }

    /// <summary>Pages of a PDF (at least 1), 1 for any other file; known once the stream has been read to its end.</summary>
    public int Pages => _pdfPages?.Pages ?? 1;

    /// <summary>Lower-case hex, known once the stream has been read to its end.</summary>
    public string? Sha256 { get; private set; }

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return 0;
        }

        var read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            Finish();
            return 0;
        }

        Take(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    private void Take(ReadOnlySpan<byte> bytes)
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

    private void Finish()
    {
        _finished = true;
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
