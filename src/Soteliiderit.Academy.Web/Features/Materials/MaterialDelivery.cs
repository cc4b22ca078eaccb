using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>
/// Hands a stored file to a signed-in person: a redirect to a short-lived read link when the store has them,
/// otherwise the bytes, whole or one range (video seeking). A whole file is checked against the SHA-256
/// taken at upload; a mismatch breaks the connection rather than let a corrupted file pass as complete.
/// </summary>
public sealed partial class MaterialDelivery(IMaterialStore store, IOptions<MaterialOptions> options, ILogger<MaterialDelivery> logger)
{
    private const int BufferSize = 256 * 1024;

    public async Task<IResult> DeliverAsync(HttpContext context, MaterialVersion version, bool inline)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(version);
        var type = FileType.ByContentType(version.ContentType) ?? FileType.Pdf;
        // Media and pictures play in the page; a PDF opens in the browser's own viewer (a webinar's PDF deck).
        var showInline = inline && (type.PlaysInline || type.Kind == MaterialKind.Pdf);
        var disposition = new ContentDispositionHeaderValue(showInline ? "inline" : "attachment");
        disposition.SetHttpFileName(version.FileName);

        // Media played in the page keeps seeking long after a 5-minute link would have expired, so it always streams.
        if (!showInline && options.Value.Downloads == DownloadMode.ReadLink
            && store.CreateReadLink(version.BlobName, new ReadLink(options.Value.ReadLinkLifetime, version.ContentType, disposition.ToString())) is { } link)
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(link.AbsoluteUri);
        }

        if (!TryReadRange(context.Request, version.Length, out var range))
        {
            context.Response.Headers.ContentRange = $"bytes */{version.Length}";
            return Problem(context, StatusCodes.Status416RangeNotSatisfiable, "Errors.Materials.RangeNotSatisfiable");
        }

        BlobDownload? download;
        try
        {
            download = await store.OpenReadAsync(version.BlobName, range, context.RequestAborted);
        }
        catch (MaterialStoreUnavailableException exception)
        {
            StoreDidNotAnswer(logger, exception, version.BlobName);
            return Problem(context, StatusCodes.Status503ServiceUnavailable, "Errors.Materials.StoreUnavailable");
        }

        if (download is null)
        {
            BlobMissing(logger, version.MaterialId, version.Number, version.BlobName);
            return Problem(context, StatusCodes.Status404NotFound, "Errors.Materials.FileMissing");
        }

        await using (download)
        {
            WriteHeaders(context.Response, version, type, disposition, download, ranged: range is not null);
            await CopyAsync(context, version, download);
        }

        return Results.Empty;
    }

    public static ProblemHttpResult Problem(HttpContext context, int status, string messageKey, params object[] arguments) =>
        TypedResults.Problem(statusCode: status, detail: string.Format(System.Globalization.CultureInfo.CurrentCulture, ApiSetup.Localized(context, messageKey), arguments));

    /// <summary>One "bytes=" range, per RFC 9110; several ranges or a malformed header get the whole file.</summary>
    private static bool TryReadRange(HttpRequest request, long length, out BlobRange? range)
    {
        range = null;
        if (!RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var header)
            || !string.Equals(header.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || header.Ranges.Count != 1)
        {
            return true;
        }

        var wanted = header.Ranges.Single();
        var (from, to) = wanted.From is { } start
            ? (start, Math.Min(wanted.To ?? length - 1, length - 1))
            : (length - Math.Min(wanted.To ?? 0, length), length - 1);
        if (from >= length || from > to || (wanted.From is null && wanted.To == 0))
        {
            return false;
        }

        range = new BlobRange(from, to - from + 1);
        return true;
    }

    // A valid Range, even "bytes=0-" for the whole file, is answered 206 with Content-Range, as media players expect.
    private static void WriteHeaders(HttpResponse response, MaterialVersion version, FileType type, ContentDispositionHeaderValue disposition, BlobDownload download, bool ranged)
    {
        var partial = ranged;
        response.StatusCode = partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        response.ContentType = type.ContentType;
        response.ContentLength = download.Length;
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.AcceptRanges = "bytes";
        response.Headers.ETag = $"\"{version.Sha256}\"";
        response.Headers.CacheControl = "private, no-cache";
        if (type.Kind == MaterialKind.Pdf && disposition.DispositionType == "inline")
        {
            SecurityHeaders.AllowFramingBySelf(response);
        }

        if (partial)
        {
            response.Headers.ContentRange = $"bytes {download.Offset}-{download.Offset + download.Length - 1}/{download.TotalLength}";
        }
    }

    // The last chunk is held back until the hash is checked: a client sees a short body, never a complete-looking bad file.
    private async Task CopyAsync(HttpContext context, MaterialVersion version, BlobDownload download)
    {
        var whole = download.Length == download.TotalLength;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var (pending, next) = (ArrayPool<byte>.Shared.Rent(BufferSize), ArrayPool<byte>.Shared.Rent(BufferSize));
        try
        {
            var held = 0;
            int read;
            while ((read = await download.Content.ReadAsync(next, context.RequestAborted)) > 0)
            {
                if (whole)
                {
                    hash.AppendData(next, 0, read);
                }

                await context.Response.Body.WriteAsync(pending.AsMemory(0, held), context.RequestAborted);
                (pending, next, held) = (next, pending, read);
            }

            if (whole && !string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), version.Sha256, StringComparison.Ordinal))
            {
                HashMismatch(logger, version.MaterialId, version.Number);
                context.Abort();
                return;
            }

            await context.Response.Body.WriteAsync(pending.AsMemory(0, held), context.RequestAborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pending);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The material store did not answer for {BlobName}")]
    private static partial void StoreDidNotAnswer(ILogger logger, Exception exception, string blobName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Material version {MaterialId}/{Version} is recorded but its blob {BlobName} is missing")]
    private static partial void BlobMissing(ILogger logger, Guid materialId, int version, string blobName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Material version {MaterialId}/{Version}: the stored bytes no longer match their SHA-256; the download was broken off")]
    private static partial void HashMismatch(ILogger logger, Guid materialId, int version);
}
