using System.Runtime.CompilerServices;

namespace Soteliiderit.Academy.Materials.FileSystem;

/// <summary>
/// The embedded default: blobs are files under one folder. An upload is written to a part file in
/// ".incoming" and moved into place only when complete, so a failed upload leaves no file under its name.
/// The blocks of a resumable upload wait as files in ".incoming/blocks/{upload}" until they are joined.
/// </summary>
public sealed class FileSystemMaterialStore : IMaterialStore
{
    private const int BufferSize = 1 << 20;
    private readonly string _root;
    private readonly string _incoming;

    public FileSystemMaterialStore(string rootDirectory)
    {
        _root = Path.GetFullPath(rootDirectory);
        _incoming = Path.Combine(_root, ".incoming");
        Directory.CreateDirectory(_incoming);
    }

    public string Kind => "FileSystem";

    public async Task<StoredBlob> UploadAsync(string blobName, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = PathOf(blobName);
        var part = Path.Combine(_incoming, $"{Guid.NewGuid():N}.part");
        try
        {
            long length;
            var file = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                await content.CopyToAsync(file, BufferSize, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                length = file.Length;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(part, target, overwrite: true);
            return new StoredBlob(blobName, length);
        }
        catch (IOException exception) when (IsDiskProblem(exception))
        {
            throw new MaterialStoreUnavailableException("The material folder cannot be written to.", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new MaterialStoreUnavailableException("The material folder cannot be written to.", exception);
        }
        finally
        {
            File.Delete(part);
        }
    }

    public async Task StageBlockAsync(string blobName, int index, ReadOnlyMemory<byte> block, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var folder = BlocksOf(blobName);
        var part = Path.Combine(folder, $"{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(part, block, cancellationToken).ConfigureAwait(false);
            // Whole or not at all: a block is in place only once all its bytes are on disk.
            File.Move(part, BlockPath(folder, index), overwrite: true);
        }
        catch (IOException exception) when (IsDiskProblem(exception))
        {
            throw new MaterialStoreUnavailableException("The material folder cannot be written to.", exception);
        }
        finally
        {
            File.Delete(part);
        }
    }

    public async Task CommitBlocksAsync(string blobName, int blockCount, string contentType, CancellationToken cancellationToken = default)
    {
        var folder = BlocksOf(blobName);
        var missing = Enumerable.Range(0, blockCount).Count(index => !File.Exists(BlockPath(folder, index)));
        if (missing > 0)
        {
            throw new MissingBlocksException($"{missing} of {blockCount} blocks are not in the store.");
        }

        var whole = new ConcatenatedFiles([.. Enumerable.Range(0, blockCount).Select(index => BlockPath(folder, index))]);
        await using (whole.ConfigureAwait(false))
        {
            await UploadAsync(blobName, whole, contentType, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task DiscardBlocksAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var folder = BlocksOf(blobName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    public Task<BlobDownload?> OpenReadAsync(string blobName, BlobRange? range = null, CancellationToken cancellationToken = default)
    {
        var path = PathOf(blobName);
        if (!File.Exists(path))
        {
            return Task.FromResult<BlobDownload?>(null);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var total = file.Length;
        var (offset, length) = range is { } wanted ? (wanted.Offset, Math.Min(wanted.Length, total - wanted.Offset)) : (0L, total);
        if (offset < 0 || length < 0 || offset > total)
        {
            file.Dispose();
            throw new ArgumentOutOfRangeException(nameof(range), $"Bytes {offset}-{offset + length - 1} are outside a blob of {total} bytes.");
        }

        file.Position = offset;
        return Task.FromResult<BlobDownload?>(new BlobDownload(new WindowStream(file, length), offset, length, total));
    }

    public Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(PathOf(blobName));
        return Task.FromResult(file.Exists ? PropertiesOf(blobName, file) : null);
    }

    public Task<bool> DeleteAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var path = PathOf(blobName);
        // File.Delete forgives a missing file but not a missing folder, and a blob's folder may never have existed.
        var existed = File.Exists(path);
        if (existed)
        {
            File.Delete(path);
        }

        return Task.FromResult(existed);
    }

    public async IAsyncEnumerable<BlobProperties> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobNames.CheckPrefix(prefix);
        var names = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => !name.StartsWith(".incoming/", StringComparison.Ordinal) && name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await GetPropertiesAsync(name, cancellationToken).ConfigureAwait(false) is { } properties)
            {
                yield return properties;
            }
        }
    }

    /// <summary>Files on the academy's own disk have no address of their own: the academy streams them.</summary>
    public Uri? CreateReadLink(string blobName, ReadLink link) => null;

    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(_incoming, $"health-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new MaterialStoreUnavailableException("The material folder cannot be written to.", exception);
        }
        finally
        {
            File.Delete(probe);
        }
    }

    /// <summary>The number of unfinished uploads' part files and staged blocks: zero when every upload either landed or was cleaned up.</summary>
    public int PartFileCount => Directory.EnumerateFiles(_incoming, "*", SearchOption.AllDirectories).Count();

    /// <summary>Folders of staged blocks, one per upload: '/' becomes '_', which no blob name holds.</summary>
    private string BlocksOf(string blobName) => Path.Combine(_incoming, "blocks", BlobNames.Check(blobName).Replace('/', '_'));

    private static string BlockPath(string folder, int index) => Path.Combine(folder, $"{index:D6}.block");

    private string PathOf(string blobName) => Path.Combine(_root, BlobNames.Check(blobName).Replace('/', Path.DirectorySeparatorChar));

    private static BlobProperties PropertiesOf(string name, FileInfo file) => new(name, file.Length, null, file.LastWriteTimeUtc);

    // Disk full and similar: the store cannot take the upload now; a read error from the caller's stream is not ours to rename.
    private static bool IsDiskProblem(IOException exception) => exception is not EndOfStreamException && exception.HResult is 28 or 0x70 or unchecked((int)0x80070070);
}
