namespace Soteliiderit.Academy.Materials.Inspection;

/// <summary>
/// Passes an upload through to the store while a <see cref="FileInspector"/> checks it. A refusal is thrown from
/// <see cref="ReadAsync(Memory{byte}, CancellationToken)"/>, so the store never commits a refused file; after the
/// last byte, <see cref="Type"/>, <see cref="Length"/> and <see cref="Sha256"/> are known.
/// </summary>
public sealed class InspectingStream(Stream source, long sizeLimit) : ReadOnlyStream
{
    private readonly FileInspector _inspector = new(sizeLimit);

    public FileType? Type => _inspector.Type;

    /// <summary>Pages of a PDF (at least 1), 1 for any other file; known once the stream has been read to its end.</summary>
    public int Pages => _inspector.Pages;

    /// <summary>Lower-case hex, known once the stream has been read to its end.</summary>
    public string? Sha256 => _inspector.Sha256;

    public override long Length => _inspector.Length;

    public override long Position
    {
        get => _inspector.Length;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_inspector.Finished)
        {
            return 0;
        }

        var read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _inspector.Finish();
            return 0;
        }

        _inspector.Take(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inspector.Dispose();
        }

        base.Dispose(disposing);
    }
}
