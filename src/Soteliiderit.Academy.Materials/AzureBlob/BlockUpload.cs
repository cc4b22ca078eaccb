using System.Buffers;
using System.Globalization;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// Streams one upload into a block blob. Content that fits in one block goes up with a single Put Blob;
/// longer content is read block by block into pooled buffers, a few blocks are sent while the next is read,
/// and Put Block List commits them only after every block arrived and the uploader's stream ended cleanly.
/// When anything fails nothing is committed, so nothing appears under the name: the staged blocks are the
/// service's to discard. A buffer goes back to the pool only when its request is over, retries included.
/// </summary>
internal sealed class BlockUpload(BlobContainer container, AzureBlobStoreOptions options)
{
    public async Task<StoredBlob> RunAsync(string blobName, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var address = container.BlobAddress(blobName);
        var first = ArrayPool<byte>.Shared.Rent(options.BlockSize);
        var handedOver = false;
        try
        {
            var length = await ReadBlockAsync(content, first, cancellationToken).ConfigureAwait(false);
            if (length < options.BlockSize)
            {
                await PutBlobAsync(address, first.AsMemory(0, length), contentType, cancellationToken).ConfigureAwait(false);
                return new StoredBlob(blobName, length);
            }

            handedOver = true;
        }
        finally
        {
            // Small files (most worksheets) end here: their buffer goes back too, not only on failure.
            if (!handedOver)
            {
                ArrayPool<byte>.Shared.Return(first);
            }
        }

        // The first block is full: the rest may be any size, so stage blocks. The first buffer is handed over.
        return await StageAndCommitAsync(blobName, address, first, content, contentType, cancellationToken).ConfigureAwait(false);
    }

    private async Task PutBlobAsync(Uri address, ReadOnlyMemory<byte> bytes, string contentType, CancellationToken cancellationToken)
    {
        using var response = await container.SendAsync(() => BlobRequests.PutBlob(address, bytes, contentType), cancellationToken).ConfigureAwait(false);
        await BlobContainer.ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
    }

    private async Task<StoredBlob> StageAndCommitAsync(string blobName, Uri address, byte[] first, Stream content, string contentType, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var uploadId = Guid.NewGuid().ToString("N");
        var blockIds = new List<string>();
        var sending = new List<Task>(options.UploadConcurrency);
        long total = 0;
        try
        {
            var (buffer, length) = (first, options.BlockSize);
            while (length > 0)
            {
                var id = BlockId(uploadId, blockIds.Count);
                blockIds.Add(id);
                total += length;
                sending.Add(PutBlockAsync(address, id, buffer, length, failed.Token));
                if (sending.Count == options.UploadConcurrency)
                {
                    var done = await Task.WhenAny(sending).ConfigureAwait(false);
                    sending.Remove(done);
                    await done.ConfigureAwait(false);
                }

                buffer = ArrayPool<byte>.Shared.Rent(options.BlockSize);
                length = await ReadOrReturnAsync(content, buffer, failed.Token).ConfigureAwait(false);
            }

            await Task.WhenAll(sending).ConfigureAwait(false);
        }
        catch
        {
            // Stop the other blocks and wait for them, so no buffer is still being sent when the caller hears of the failure.
            await failed.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(sending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        using var response = await container.SendAsync(() => BlobRequests.PutBlockList(address, blockIds, contentType), cancellationToken).ConfigureAwait(false);
        await BlobContainer.ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
        return new StoredBlob(blobName, total);
    }

    private async Task<int> ReadOrReturnAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            var length = await ReadBlockAsync(content, buffer, cancellationToken).ConfigureAwait(false);
            if (length == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return length;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private async Task PutBlockAsync(Uri address, string id, byte[] buffer, int length, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await container.SendAsync(() => BlobRequests.PutBlock(address, id, buffer.AsMemory(0, length)), cancellationToken).ConfigureAwait(false);
            await BlobContainer.ThrowUnlessSuccessAsync(response).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Task<int> ReadBlockAsync(Stream content, byte[] buffer, CancellationToken cancellationToken) =>
        content.ReadAtLeastAsync(buffer.AsMemory(0, options.BlockSize), options.BlockSize, throwOnEndOfStream: false, cancellationToken).AsTask();

    /// <summary>Every id of a blob must have the same length; the upload's own prefix keeps two uploads of one name apart.</summary>
    internal static string BlockId(string uploadId, int index) =>
        Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{uploadId}-{index:D6}")));
}
