using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.Inspection;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>A file that reached the store whole and passed inspection, with the form fields sent around it.</summary>
/// <param name="Pages">A PDF's pages (at least 1); 1 for any other file.</param>
public sealed record ReceivedFile(string BlobName, string FileName, FileType Type, long Length, string Sha256, IReadOnlyDictionary<string, string> Fields, int Pages = 1);

/// <summary>
/// Reads a multipart upload ("file" plus text fields) straight from the request into the material store,
/// without buffering the file in memory or on local disk. The file is inspected as it streams by; a refused
/// or broken upload leaves nothing in the store.
/// </summary>
public sealed partial class MaterialUploadReader(IMaterialStore store, IOptions<MaterialOptions> options, ILogger<MaterialUploadReader> logger)
{
    private const int MaxFieldLength = 8 * 1024;
    private const int MaxFields = 32;

    // Room for the multipart boundaries and the text fields around the file.
    private const long EnvelopeAllowance = 1024 * 1024;

    public async Task<ReceivedFile> ReceiveAsync(HttpRequest request, string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxUploadBytes;
        var boundary = BoundaryOf(request);
        if (request.ContentLength > limit + EnvelopeAllowance)
        {
            throw new MaterialUploadException(MaterialUploadProblem.TooLarge, limit);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + EnvelopeAllowance;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        InspectingStream? file = null;
        string? fileName = null;
        var stored = false;
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                if (disposition is null || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
                {
                    throw new MaterialUploadException(MaterialUploadProblem.NotMultipart);
                }

                if (disposition.IsFileDisposition())
                {
                    if (file is not null || !string.Equals(disposition.Name.Value, "file", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new MaterialUploadException(MaterialUploadProblem.OneFile);
                    }

                    fileName = FileNameOf(disposition);
                    file = new InspectingStream(section.Body, limit);
                    await store.UploadAsync(blobName, file, "application/octet-stream", cancellationToken);
                    stored = true;
                }
                else
                {
                    await ReadFieldAsync(section, disposition.Name.Value ?? "", fields);
                }
            }
        }
        catch (Exception exception)
        {
            // The file may already be in the store when a later part turns out bad or the client goes away.
            if (stored)
            {
                await ForgetAsync(blobName);
            }

            if (exception is IOException or BadHttpRequestException or InvalidDataException or OperationCanceledException)
            {
                UploadBroken(logger, exception);
                throw new MaterialUploadException(MaterialUploadProblem.Interrupted);
            }

            throw;
        }

        if (file?.Type is null || file.Sha256 is null)
        {
            throw new MaterialUploadException(MaterialUploadProblem.NoFile);
        }

        return new ReceivedFile(blobName, MaterialFileName.Clean(fileName, file.Type), file.Type, file.Length, file.Sha256, fields, file.Pages);
    }

    /// <summary>Removes a blob that made it to the store but will not be recorded (say, its title was missing).</summary>
    public async Task ForgetAsync(string? blobName)
    {
        if (blobName is null)
        {
            return;
        }

        try
        {
            await store.DeleteAsync(blobName, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing refers to it; it only costs space. Logged so an operator can see the store misbehaving.
            CouldNotRemove(logger, exception, blobName);
        }
    }

    private static string BoundaryOf(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw new MaterialUploadException(MaterialUploadProblem.NotMultipart);
        }

        return boundary;
    }

    private static string? FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        return MaterialFileName.Check(name) switch
        {
            MaterialFileName.Problem.None => name,
            MaterialFileName.Problem.TooLong => throw new MaterialUploadException(MaterialUploadProblem.FileNameTooLong, MaterialFileName.MaxLength),
            _ => throw new MaterialUploadException(MaterialUploadProblem.FileNameNotAName),
        };
    }

    private static async Task ReadFieldAsync(MultipartSection section, string name, Dictionary<string, string> fields)
    {
        if (fields.Count >= MaxFields)
        {
            throw new MaterialUploadException(MaterialUploadProblem.NotMultipart);
        }

        var buffer = new char[MaxFieldLength + 1];
        using var text = new StreamReader(section.Body, System.Text.Encoding.UTF8);
        var length = await text.ReadBlockAsync(buffer);
        if (length > MaxFieldLength)
        {
            throw new MaterialUploadException(MaterialUploadProblem.FieldTooLong);
        }

        var value = new string(buffer, 0, length);
        fields[name] = fields.TryGetValue(name, out var earlier) ? $"{earlier},{value}" : value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An upload ended before it was complete")]
    private static partial void UploadBroken(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the unrecorded blob {BlobName}")]
    private static partial void CouldNotRemove(ILogger logger, Exception exception, string blobName);
}
