using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Materials;

public static class MaterialUploadsApi
{
    /// <summary>Room for the text fields of a completion; the file itself came in blocks.</summary>
    private const long CompletionFormLimit = 64 * 1024;

    public static IEndpointRouteBuilder MapMaterialUploadsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/materials/uploads").WithTags("Materials").RequireAuthorization(Policies.Authoring);
        Map(api);

        // The upload page's doors to the same handlers: cookie-signed-in, antiforgery token in a header.
        var page = app.MapGroup("/materials/uploads").ExcludeFromDescription().RequireAuthorization(Policies.Authoring)
            .AddEndpointFilter(async (invocation, next) =>
                await MaterialsApi.ValidAntiforgeryAsync(invocation.HttpContext, invocation.HttpContext.RequestServices.GetRequiredService<IAntiforgery>()) ?? await next(invocation));
        Map(page);
        return app;
    }

    private static void Map(RouteGroupBuilder uploads)
    {
        uploads.MapPost("/", StartAsync)
            .WithSummary("Start an upload in blocks: {fileName, length, materialId?} (a materialId makes the file that material's next version). Answers the block size.");
        uploads.MapGet("/", UnfinishedAsync).WithSummary("The caller's unfinished uploads, with the blocks the academy already has.");
        uploads.MapGet("/{uploadId:guid}", FindAsync).WithSummary("One unfinished upload and the blocks the academy already has.");
        uploads.MapDelete("/{uploadId:guid}", DiscardAsync).WithSummary("Give up an unfinished upload: the blocks the academy holds are discarded at once.");
        uploads.MapPut("/{uploadId:guid}/blocks/{index:int}", ReceiveBlockAsync)
            .RequireRateLimiting(ApiSetup.UploadBlocks)
            .Accepts<byte[]>("application/octet-stream")
            .WithSummary("Block n of the file: exactly blockSize bytes, the last block the rest. Sending a block again replaces it.");
        uploads.MapPost("/{uploadId:guid}/completion", CompleteAsync)
            .Accepts<UploadCompletionForm>("multipart/form-data", "application/x-www-form-urlencoded")
            .WithSummary("Every block is there: the file is checked and becomes a material (the fields of POST /api/materials), or the next version. Completing again answers the same material.");
    }

    private static async Task<Results<Created<UploadStarted>, ProblemHttpResult>> StartAsync(StartUploadRequest request, HttpContext context, ResumableUploads uploads) =>
        await RefusedAsProblem(context, async () =>
        {
            var started = await uploads.StartAsync(context.User, request);
            return TypedResults.Created($"/api/materials/uploads/{started.UploadId}", started);
        });

    private static async Task<Ok<IReadOnlyList<UnfinishedUpload>>> UnfinishedAsync(HttpContext context, ResumableUploads uploads) =>
        TypedResults.Ok(await uploads.UnfinishedAsync(context.User.UserId()));

    private static async Task<Results<Ok<UnfinishedUpload>, ProblemHttpResult>> FindAsync(Guid uploadId, HttpContext context, ResumableUploads uploads) =>
        await RefusedAsProblem(context, async () => TypedResults.Ok(await uploads.FindAsync(context.User.UserId(), uploadId)));

    private static async Task<Results<NoContent, ProblemHttpResult>> DiscardAsync(Guid uploadId, HttpContext context, ResumableUploads uploads) =>
        await RefusedAsProblem(context, async () =>
        {
            await uploads.DiscardAsync(context.User.UserId(), uploadId);
            return TypedResults.NoContent();
        });

    private static async Task<Results<NoContent, ProblemHttpResult>> ReceiveBlockAsync(
        Guid uploadId, int index, HttpContext context, ResumableUploads uploads, IOptions<MaterialOptions> options) =>
        await RefusedAsProblem(context, async () =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                // A block larger than Kestrel's default limit is still one block; anything longer is refused as the wrong size.
                bodySize.MaxRequestBodySize = Math.Max(options.Value.UploadBlockBytes, UploadBlocks.For(options.Value.MaxUploadBytes, options.Value.UploadBlockBytes).BlockSize) + 1L;
            }

            await uploads.ReceiveBlockAsync(context.User.UserId(), uploadId, index, context.Request.Body, context.Request.ContentLength, context.RequestAborted);
            return TypedResults.NoContent();
        });

    private static async Task<Results<Created<UploadedMaterial>, ValidationProblem, ProblemHttpResult>> CompleteAsync(Guid uploadId, HttpContext context, ResumableUploads uploads)
    {
        try
        {
            var fields = await FieldsAsync(context.Request);
            var uploaded = await uploads.CompleteAsync(context.User, uploadId, fields, context.RequestAborted);
            return TypedResults.Created($"/api/materials/{uploaded.Id}", uploaded);
        }
        catch (RuleViolationException violation)
        {
            return MaterialsApi.Invalid(context, violation);
        }
        catch (Exception exception) when (MaterialUploadException.From(exception) is { } refused)
        {
            return Problem(context, refused);
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> FieldsAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return new Dictionary<string, string>();
        }

        if (request.ContentLength > CompletionFormLimit)
        {
            throw new MaterialUploadException(MaterialUploadProblem.FieldTooLong);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { ValueLengthLimit = (int)CompletionFormLimit, MultipartBodyLengthLimit = CompletionFormLimit });
        }
        catch (InvalidDataException)
        {
            // A broken boundary, or a body (sent without a length) beyond the limit.
            throw new MaterialUploadException(MaterialUploadProblem.FormUnreadable);
        }
        catch (IOException)
        {
            throw new MaterialUploadException(MaterialUploadProblem.FormUnreadable);
        }

        return form.Files.Count > 0
            ? throw new MaterialUploadException(MaterialUploadProblem.OneFile)
            : form.ToDictionary(field => field.Key, field => string.Join(',', field.Value.OfType<string>()), StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<Results<T, ProblemHttpResult>> RefusedAsProblem<T>(HttpContext context, Func<Task<T>> handle)
        where T : IResult
    {
        try
        {
            return await handle();
        }
        catch (Exception exception) when (MaterialUploadException.From(exception) is { } refused)
        {
            return Problem(context, refused);
        }
    }

    private static ProblemHttpResult Problem(HttpContext context, MaterialUploadException refused) =>
        MaterialDelivery.Problem(context, refused.StatusCode, $"Errors.Materials.{refused.Problem}", refused.Problem == MaterialUploadProblem.TooLarge ? refused.Limit / (1024 * 1024) : refused.Limit);
}
