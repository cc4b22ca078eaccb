using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Courses;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>What an upload answers: the material and the version the file became.</summary>
public sealed record UploadedMaterial(Guid Id, int Version, string FileName, string ContentType, long Length, string Sha256);

public sealed record MaterialDetailsRequest(LocalizedText Title, LocalizedText? Description, IReadOnlyList<CourseThemes>? Themes);

public sealed record PublicationRequest(bool Published);

/// <summary>For the OpenAPI document only: the multipart fields an upload takes.</summary>
public sealed record MaterialUploadForm(IFormFile File, string Title, string? TitleFi, string? TitleSv, string? TitleEn, string? Description, string? Themes);

public static class MaterialsApi
{
    public static IEndpointRouteBuilder MapMaterialsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/materials").WithTags("Materials");
        api.MapGet("/", SearchAsync).WithSummary("The library: published material (facilitators also see drafts), searched and filtered.");
        api.MapGet("/{id:guid}", FindAsync).WithSummary("One material with all its versions.");
        api.MapPost("/", UploadAsync)
            .RequireAuthorization(Policies.Authoring)
            .Accepts<MaterialUploadForm>("multipart/form-data")
            .WithSummary("Upload a new material (a draft): multipart 'file' and 'title' (in the caller's language), optional titleFi/Sv/En, description, themes.");
        api.MapPost("/{id:guid}/versions", UploadVersionAsync)
            .RequireAuthorization(Policies.Authoring)
            .Accepts<MaterialUploadForm>("multipart/form-data")
            .WithSummary("Upload a new version of a material's file; it becomes the current one, old versions stay downloadable.");
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Authoring).WithSummary("Change titles, descriptions and themes.");
        api.MapPut("/{id:guid}/publication", PublishAsync).RequireAuthorization(Policies.Authoring).WithSummary("Publish to the library, or take back to draft.");
        api.MapGet("/{id:guid}/download", DownloadAsync)
            .WithSummary("The file (current version unless ?version=n): a redirect to a short-lived read link, or the bytes with Range support.");

        // The pages' door to downloads (cookie-signed-in); the upload page sends its files through MaterialUploadsApi.
        var pages = app.MapGroup("/materials").ExcludeFromDescription();
        pages.MapGet("/{id:guid}/download", DownloadAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<MaterialSummary>>> SearchAsync(string? q, CourseThemes? theme, MaterialKind? kind, HttpContext context, MaterialLibrary library) =>
        TypedResults.Ok(await library.SearchAsync(context.User, new MaterialQuery(q, theme, kind)));

    private static async Task<Results<Ok<MaterialView>, ProblemHttpResult>> FindAsync(Guid id, HttpContext context, MaterialLibrary library) =>
        await library.FindAsync(context.User, id) is { } material ? TypedResults.Ok(material) : NotFound(context);

    private static async Task<IResult> UploadAsync(HttpContext context, MaterialUploadReader reader, MaterialLibrary library)
    {
        var id = Guid.NewGuid();
        return await ReceiveAsync(context, reader, id, async file =>
        {
            await library.CreateAsync(id, UploadFields.Details(file.Fields), file, context.User.UserId());
            return TypedResults.Created($"/api/materials/{id}", new UploadedMaterial(id, 1, file.FileName, file.Type.ContentType, file.Length, file.Sha256));
        });
    }

    private static async Task<IResult> UploadVersionAsync(Guid id, HttpContext context, MaterialUploadReader reader, MaterialLibrary library)
    {
        if (await library.FindAsync(context.User, id) is null)
        {
            return NotFound(context);
        }

        return await ReceiveAsync(context, reader, id, async file =>
        {
            var number = await library.AddVersionAsync(id, file, context.User.UserId());
            return TypedResults.Created($"/api/materials/{id}", new UploadedMaterial(id, number, file.FileName, file.Type.ContentType, file.Length, file.Sha256));
        });
    }

    /// <summary>Stores the file, then records it; whatever goes wrong after the bytes landed removes them again.</summary>
    private static async Task<IResult> ReceiveAsync(HttpContext context, MaterialUploadReader reader, Guid materialId, Func<ReceivedFile, Task<IResult>> record)
    {
        ReceivedFile file;
        try
        {
            file = await reader.ReceiveAsync(context.Request, $"materials/{materialId:N}/{Guid.NewGuid():N}", context.RequestAborted);
        }
        catch (Exception exception) when (MaterialUploadException.From(exception) is { } refused)
        {
            return MaterialDelivery.Problem(context, refused.StatusCode, $"Errors.Materials.{refused.Problem}", refused.Limit / (1024 * 1024));
        }

        try
        {
            return await record(file);
        }
        catch (RuleViolationException violation)
        {
            await reader.ForgetAsync(file.BlobName);
            return Invalid(context, violation);
        }
        catch
        {
            await reader.ForgetAsync(file.BlobName);
            throw;
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UpdateAsync(Guid id, MaterialDetailsRequest request, HttpContext context, MaterialLibrary library)
    {
        await library.UpdateAsync(id, new MaterialDetails(request.Title, request.Description ?? LocalizedText.Empty, CourseCatalog.Combine(request.Themes ?? [])));
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> PublishAsync(Guid id, PublicationRequest request, MaterialLibrary library)
    {
        await library.SetStatusAsync(id, request.Published ? MaterialStatus.Published : MaterialStatus.Draft);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DownloadAsync(Guid id, int? version, bool? inline, HttpContext context, MaterialLibrary library, MaterialDelivery delivery) =>
        await library.FindVersionAsync(context.User, id, version) is { } found
            ? await delivery.DeliverAsync(context, found, inline == true)
            : NotFound(context);

    // Only the header is accepted: without it the antiforgery service would read the whole multipart form into memory to look for the token.
    internal static async Task<IResult?> ValidAntiforgeryAsync(HttpContext context, IAntiforgery antiforgery) =>
        context.Request.Headers.ContainsKey(AntiforgeryHeader) && await antiforgery.IsRequestValidAsync(context)
            ? null
            : MaterialDelivery.Problem(context, StatusCodes.Status400BadRequest, "Errors.Materials.FormExpired");

    private const string AntiforgeryHeader = "RequestVerificationToken";

    private static ProblemHttpResult NotFound(HttpContext context) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: ApiSetup.Localized(context, "Errors.MaterialNotFound"));

    internal static ValidationProblem Invalid(HttpContext context, RuleViolationException violation)
    {
        var messages = context.RequestServices.GetRequiredService<ErrorMessages>();
        using var _ = RequestCultureScope.Enter(context);
        return TypedResults.ValidationProblem(messages.ByField(violation.FieldErrors), detail: messages.Describe(violation), title: messages.Title(violation.Kind));
    }
}
