using System.Buffers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>
/// Uploads sent in blocks that survive a dropped connection, a reload and a restart: which blocks the store
/// holds is a row per block, each block goes straight on to the store (only the blocks in flight are in
/// memory), and the file becomes a material only when every block is there and the whole passed inspection.
/// </summary>
public sealed partial class ResumableUploads(
    AcademyDbContext db,
    IMaterialStore store,
    MaterialLibrary library,
    BlockInspections inspections,
    IOptions<MaterialOptions> options,
    TimeProvider time,
    ILogger<ResumableUploads> logger)
{
    /// <summary>A completion that has not finished in this long is taken to have died with its node, and may be started again.</summary>
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The buffers blocks are read into. The shared pool keeps arrays per thread and per core, which after a 1 GB
    /// upload held ten 8 MB blocks; this one keeps four of a size (the page's three in flight and one waiting
    /// for its turn to be inspected), and a block beyond those is an ordinary array the GC takes back.
    /// </summary>
    private static readonly ArrayPool<byte> BlockBuffers = ArrayPool<byte>.Create(maxArrayLength: 128 * 1024 * 1024, maxArraysPerBucket: 4);

    public async Task<UploadStarted> StartAsync(ClaimsPrincipal user, StartUploadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckFileName(request.FileName);
        if (request.Length <= 0)
        {
            throw new MaterialUploadException(MaterialUploadProblem.Empty);
        }

        if (request.Length > options.Value.MaxUploadBytes)
        {
            throw new MaterialUploadException(MaterialUploadProblem.TooLarge, options.Value.MaxUploadBytes);
        }

        if (request.MaterialId is { } existing && await library.FindAsync(user, existing) is null)
        {
            throw new MaterialUploadException(MaterialUploadProblem.MaterialNotFound);
        }

        var blocks = UploadBlocks.For(request.Length, options.Value.UploadBlockBytes);
        var now = time.GetUtcNow().UtcDateTime;
        var upload = new MaterialUpload
        {
            Id = Guid.NewGuid(),
            UploadedBy = user.UserId(),
            FileName = request.FileName!,
            Length = request.Length,
            BlockSize = blocks.BlockSize,
            MaterialId = request.MaterialId ?? Guid.NewGuid(),
            NewVersion = request.MaterialId is not null,
            BlobName = "",
            State = MaterialUploadState.Open,
            CreatedAt = now,
            ExpiresAt = now + options.Value.UnfinishedUploadLifetime,
        };
        upload.BlobName = $"materials/{upload.MaterialId:N}/{upload.Id:N}";
        db.MaterialUploads.Add(upload);
        await db.SaveChangesAsync();
        inspections.Begin(upload.Id, options.Value.MaxUploadBytes);
        return new UploadStarted(upload.Id, blocks.BlockSize, blocks.Count, upload.ExpiresAt);
    }

    public async Task<IReadOnlyList<UnfinishedUpload>> UnfinishedAsync(Guid uploader)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var uploads = await db.MaterialUploads.AsNoTracking().Include(u => u.Blocks)
            .Where(u => u.UploadedBy == uploader && u.State != MaterialUploadState.Completed && u.ExpiresAt > now)
            .OrderByDescending(u => u.CreatedAt)
            .ToListAsync();
        return [.. uploads.Select(Describe)];
    }

    public async Task<UnfinishedUpload> FindAsync(Guid uploader, Guid uploadId) => Describe(await OpenAsync(uploader, uploadId, includeBlocks: true));

    /// <summary>
    /// Stores block <paramref name="index"/> from <paramref name="body"/>, which must hold exactly the block's bytes.
    /// Block 0 shows the file's type: a type the academy does not take ends the upload at once.
    /// </summary>
    public async Task ReceiveBlockAsync(Guid uploader, Guid uploadId, int index, Stream body, long? declaredLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        // On its way before the upload's state is read: a completion that starts meanwhile reads the file back.
        using var arrival = inspections.Arrive(uploadId, index);
        var upload = await OpenAsync(uploader, uploadId, includeBlocks: false, toBlocks: true);
        var blocks = new UploadBlocks(upload.Length, upload.BlockSize);
        if (!blocks.Contains(index))
        {
            throw new MaterialUploadException(MaterialUploadProblem.BlockOutsideFile, blocks.Count);
        }

        var size = blocks.SizeOf(index);
        if (declaredLength is { } declared && declared != size)
        {
            // Told before a byte is read, so no buffer is taken for a block that cannot fit.
            throw new MaterialUploadException(MaterialUploadProblem.BlockWrongSize, size);
        }

        // Exactly the block's size: the pool hands out powers of two, and one byte more would double the block.
        var buffer = BlockBuffers.Rent(size);
        try
        {
            if (await ReadBlockAsync(body, buffer.AsMemory(0, size), cancellationToken) != size || await ReadBlockAsync(body, new byte[1], cancellationToken) != 0)
            {
                throw new MaterialUploadException(MaterialUploadProblem.BlockWrongSize, size);
            }

            var block = buffer.AsMemory(0, size);
            string? firstBlockSha256 = null;
            if (index == 0)
            {
                if (!MayBeAccepted(block.Span[..Math.Min(size, FileSignature.HeadLength)]))
                {
                    await CancelAsync(upload);
                    throw new MaterialRefusedException(MaterialRefusal.UnsupportedType);
                }

                firstBlockSha256 = Convert.ToHexStringLower(SHA256.HashData(block.Span));
            }

            await Task.WhenAll(
                store.StageBlockAsync(upload.BlobName, index, block, cancellationToken),
                arrival.TakeAsync(block, cancellationToken));
            await RecordBlockAsync(upload, index, firstBlockSha256);
        }
        finally
        {
            BlockBuffers.Return(buffer);
        }
    }

    /// <summary>
    /// Joins the blocks, inspects the whole file as a single upload would be (type, Office macros, size, SHA-256,
    /// pages: as the blocks came when this node saw them all in order, else read back from the store) and records it as a new material with <paramref name="fields"/> as its details, or as the next version.
    /// </summary>
    public async Task<UploadedMaterial> CompleteAsync(ClaimsPrincipal user, Guid uploadId, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var uploader = user.UserId();
        if (await CompletedBeforeAsync(uploader, uploadId) is { } completed)
        {
            return completed;
        }

        var upload = await OpenAsync(uploader, uploadId, includeBlocks: true);
        var details = upload.NewVersion ? null : UploadFields.Details(fields);
        if (details is not null)
        {
            MaterialLibrary.Check(details);
        }

        var blocks = new UploadBlocks(upload.Length, upload.BlockSize);
        var missing = blocks.Count - upload.Blocks.Count;
        if (missing > 0)
        {
            throw new MaterialUploadException(MaterialUploadProblem.BlocksMissing, missing);
        }

        await ClaimCompletionAsync(upload);
        try
        {
            // Inspected as the blocks came, on this node, the file is known before it is committed; else it is read back.
            using var inspected = inspections.Finish(upload.Id, blocks.Count);
            await store.CommitBlocksAsync(upload.BlobName, blocks.Count, "application/octet-stream", cancellationToken);
            var file = inspected is null ? await InspectAsync(upload, fields, cancellationToken) : Received(upload, inspected, fields);
            var version = await RecordAsync(upload, details, file, uploader);
            await SetStateAsync(upload.Id, MaterialUploadState.Completed, version);
            await DiscardCommittedBlocksAsync(upload);
            return new UploadedMaterial(upload.MaterialId, version, file.FileName, file.Type.ContentType, file.Length, file.Sha256);
        }
        catch (MissingBlocksException lost)
        {
            // The store lost blocks it had taken (say, an emulator without persistence restarted): they are sent again.
            BlocksLost(logger, lost, upload.Id);
            await db.MaterialUploadBlocks.Where(b => b.UploadId == upload.Id).ExecuteDeleteAsync(CancellationToken.None);
            await SetStateAsync(upload.Id, MaterialUploadState.Open);
            throw new MaterialUploadException(MaterialUploadProblem.BlocksMissing, blocks.Count);
        }
        catch (MaterialRefusedException)
        {
            await store.DeleteAsync(upload.BlobName, CancellationToken.None);
            await CancelAsync(upload);
            throw;
        }
        catch
        {
            await SetStateAsync(upload.Id, MaterialUploadState.Open);
            throw;
        }
    }

    /// <summary>The uploader gives up an unfinished upload: its blocks and rows go now rather than at expiry.</summary>
    public async Task DiscardAsync(Guid uploader, Guid uploadId)
    {
        var upload = await OpenAsync(uploader, uploadId, includeBlocks: false, toBlocks: true);
        await CancelAsync(upload);
    }

    /// <summary>Ends uploads that waited past their lifetime: their staged blocks are discarded and their rows removed.</summary>
    public async Task<int> SweepExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stale = now - CompletionTimeout;
        var expired = await db.MaterialUploads.AsNoTracking()
            .Where(u => u.ExpiresAt <= now && (u.State != MaterialUploadState.Completing || u.CompletingSince < stale))
            .Take(500).ToListAsync(cancellationToken);
        foreach (var upload in expired)
        {
            if (upload.State != MaterialUploadState.Completed)
            {
                await store.DiscardBlocksAsync(upload.BlobName, cancellationToken);
                // A completion that died after joining the blocks leaves a blob; it is deleted unless the
                // material was recorded before the node died (only the upload's own state write was lost).
                if (!await db.MaterialVersions.AnyAsync(v => v.BlobName == upload.BlobName, cancellationToken))
                {
                    await store.DeleteAsync(upload.BlobName, cancellationToken);
                }
            }

            await ForgetAsync(upload);
        }

        return expired.Count;
    }

    private static void CheckFileName(string? fileName)
    {
        switch (string.IsNullOrWhiteSpace(fileName) ? MaterialFileName.Problem.Path : MaterialFileName.Check(fileName))
        {
            case MaterialFileName.Problem.None:
                return;
            case MaterialFileName.Problem.TooLong:
                throw new MaterialUploadException(MaterialUploadProblem.FileNameTooLong, MaterialFileName.MaxLength);
            default:
                throw new MaterialUploadException(MaterialUploadProblem.FileNameNotAName);
        }
    }

    /// <summary>
    /// The caller's unfinished upload: someone else's is "not found", so its existence is not told. Blocks are
    /// taken only while it is open; once a completion has begun, what it joins is fixed.
    /// </summary>
    private async Task<MaterialUpload> OpenAsync(Guid uploader, Guid uploadId, bool includeBlocks, bool toBlocks = false)
    {
        var uploads = db.MaterialUploads.AsNoTracking().Where(u => u.Id == uploadId && u.UploadedBy == uploader);
        var upload = await (includeBlocks ? uploads.Include(u => u.Blocks) : uploads).SingleOrDefaultAsync()
            ?? throw new MaterialUploadException(MaterialUploadProblem.UploadNotFound);
        if (upload.State == MaterialUploadState.Completed || (toBlocks && upload.State == MaterialUploadState.Completing))
        {
            throw new MaterialUploadException(MaterialUploadProblem.UploadCompleted);
        }

        return upload.ExpiresAt <= time.GetUtcNow().UtcDateTime ? throw new MaterialUploadException(MaterialUploadProblem.UploadExpired) : upload;
    }

    // Office files are ZIPs; whether one is a document without macros is known only from its end, at completion.
    private static bool MayBeAccepted(ReadOnlySpan<byte> head) => FileSignature.Detect(head) is not null || FileSignature.IsZip(head);

    private async Task CancelAsync(MaterialUpload upload)
    {
        await ForgetAsync(upload);
        await store.DiscardBlocksAsync(upload.BlobName, CancellationToken.None);
    }

    /// <summary>Counts a staged block, if the upload is still open: a completion that began meanwhile may not have it.</summary>
    private async Task RecordBlockAsync(MaterialUpload upload, int index, string? firstBlockSha256)
    {
        var expiresAt = time.GetUtcNow().UtcDateTime + options.Value.UnfinishedUploadLifetime;
        var stillOpen = await db.MaterialUploads.Where(u => u.Id == upload.Id && u.State == MaterialUploadState.Open).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.ExpiresAt, expiresAt)
            .SetProperty(u => u.FirstBlockSha256, u => firstBlockSha256 ?? u.FirstBlockSha256));
        if (stillOpen == 0)
        {
            throw new MaterialUploadException(MaterialUploadProblem.UploadCompleted);
        }

        if (await db.MaterialUploadBlocks.AnyAsync(b => b.UploadId == upload.Id && b.Index == index))
        {
            return;
        }

        db.MaterialUploadBlocks.Add(new MaterialUploadBlock { UploadId = upload.Id, Index = index });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same block sent twice at once (a retry overtaking a slow first try): one row is all it needs.
            db.ChangeTracker.Clear();
            if (!await db.MaterialUploadBlocks.AnyAsync(b => b.UploadId == upload.Id && b.Index == index))
            {
                throw;
            }
        }
    }

    /// <summary>The material holds the file now; the disk store's block files are no longer needed for another try.</summary>
    private async Task DiscardCommittedBlocksAsync(MaterialUpload upload)
    {
        try
        {
            await store.DiscardBlocksAsync(upload.BlobName, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or MaterialStoreUnavailableException)
        {
            BlocksNotDiscarded(logger, exception, upload.Id);
        }
    }

    /// <summary>A completion tried again because its answer was lost on the way: the same material, not a refusal.</summary>
    private Task<UploadedMaterial?> CompletedBeforeAsync(Guid uploader, Guid uploadId) =>
        (from upload in db.MaterialUploads
         where upload.Id == uploadId && upload.UploadedBy == uploader && upload.State == MaterialUploadState.Completed
         from version in db.MaterialVersions
         where version.MaterialId == upload.MaterialId && version.Number == upload.Version
         select new UploadedMaterial(version.MaterialId, version.Number, version.FileName, version.ContentType, version.Length, version.Sha256))
        .AsNoTracking().SingleOrDefaultAsync();

    /// <summary>One completion at a time: two clicks, or two tabs, cannot both record the file.</summary>
    private async Task ClaimCompletionAsync(MaterialUpload upload)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stale = now - CompletionTimeout;
        var claimed = await db.MaterialUploads
            .Where(u => u.Id == upload.Id && (u.State == MaterialUploadState.Open || (u.State == MaterialUploadState.Completing && u.CompletingSince < stale)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(u => u.State, MaterialUploadState.Completing)
                .SetProperty(u => u.CompletingSince, now)
                .SetProperty(u => u.ExpiresAt, now + options.Value.UnfinishedUploadLifetime));
        if (claimed == 0)
        {
            throw new MaterialUploadException(MaterialUploadProblem.UploadCompleted);
        }
    }

    private static ReceivedFile Received(MaterialUpload upload, FileInspector inspected, IReadOnlyDictionary<string, string> fields) =>
        new(upload.BlobName, MaterialFileName.Clean(upload.FileName, inspected.Type!), inspected.Type!, inspected.Length, inspected.Sha256!, fields, inspected.Pages);

    private async Task<ReceivedFile> InspectAsync(MaterialUpload upload, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var download = await store.OpenReadAsync(upload.BlobName, cancellationToken: cancellationToken)
            ?? throw new MissingBlocksException("The committed file is not in the store.");
        await using (download)
        {
            var file = new InspectingStream(download.Content, options.Value.MaxUploadBytes);
            await file.CopyToAsync(Stream.Null, 1 << 20, cancellationToken);
            if (file.Type is null || file.Sha256 is null || file.Length != upload.Length)
            {
                throw new MissingBlocksException($"The committed file has {file.Length} of {upload.Length} bytes.");
            }

            return new ReceivedFile(upload.BlobName, MaterialFileName.Clean(upload.FileName, file.Type), file.Type, file.Length, file.Sha256, fields, file.Pages);
        }
    }

    /// <summary>The file as the next version of its material, or as version 1 of a new one with these details.</summary>
    private async Task<int> RecordAsync(MaterialUpload upload, MaterialDetails? details, ReceivedFile file, Guid uploader)
    {
        if (details is null)
        {
            return await library.AddVersionAsync(upload.MaterialId, file, uploader);
        }

        await library.CreateAsync(upload.MaterialId, details, file, uploader);
        return 1;
    }

    private Task SetStateAsync(Guid uploadId, MaterialUploadState state, int? version = null) =>
        db.MaterialUploads.Where(u => u.Id == uploadId).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.State, state)
            .SetProperty(u => u.Version, version)
            .SetProperty(u => u.CompletingSince, (DateTime?)null), CancellationToken.None);

    private async Task ForgetAsync(MaterialUpload upload)
    {
        inspections.Forget(upload.Id);
        await db.MaterialUploadBlocks.Where(b => b.UploadId == upload.Id).ExecuteDeleteAsync(CancellationToken.None);
        await db.MaterialUploads.Where(u => u.Id == upload.Id).ExecuteDeleteAsync(CancellationToken.None);
    }

    private static async Task<int> ReadBlockAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or BadHttpRequestException or OperationCanceledException)
        {
            throw new MaterialUploadException(MaterialUploadProblem.Interrupted);
        }
    }

    private static UnfinishedUpload Describe(MaterialUpload upload) => new(
        upload.Id, upload.FileName, upload.Length, upload.BlockSize, upload.NewVersion ? upload.MaterialId : null, upload.FirstBlockSha256,
        [.. upload.Blocks.Select(b => b.Index).Order()], upload.ExpiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The material store lost blocks of upload {UploadId}; they will be sent again")]
    private static partial void BlocksLost(ILogger logger, Exception exception, Guid uploadId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The blocks of completed upload {UploadId} could not be discarded; they stay on disk")]
    private static partial void BlocksNotDiscarded(ILogger logger, Exception exception, Guid uploadId);
}
