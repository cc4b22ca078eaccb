using System.Net;
using System.Net.Http.Headers;

namespace Soteliiderit.Academy.IntegrationTests.Materials;

/// <summary>A block sent over a slow link: its first bytes at once, the rest when <c>release</c> completes.</summary>
public sealed class TrickledContent : HttpContent
{
    private readonly ReadOnlyMemory<byte> _block;
    private readonly Task _release;

    public TrickledContent(ReadOnlyMemory<byte> block, Task release)
    {
        _block = block;
        _release = release;
        Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        Headers.ContentLength = block.Length;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_block[..16]);
        await stream.FlushAsync();
        await _release;
        await stream.WriteAsync(_block[16..]);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _block.Length;
        return true;
    }
}
