using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.Inspection;

namespace Soteliiderit.Academy.Web.Features.Materials;

public sealed class MaterialUploadException(MaterialUploadProblem problem, long limit = 0) : Exception($"The upload was refused: {problem}.")
{
    public MaterialUploadProblem Problem { get; } = problem;

    /// <summary>The number the message quotes, such as the size limit in bytes or the blocks still missing.</summary>
    public long Limit { get; } = limit;

    public int StatusCode => Problem switch
    {
        MaterialUploadProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
        MaterialUploadProblem.UnsupportedType or MaterialUploadProblem.Macros or MaterialUploadProblem.NotMultipart => StatusCodes.Status415UnsupportedMediaType,
        MaterialUploadProblem.StoreUnavailable => StatusCodes.Status503ServiceUnavailable,
        MaterialUploadProblem.UploadNotFound or MaterialUploadProblem.MaterialNotFound => StatusCodes.Status404NotFound,
        MaterialUploadProblem.UploadExpired => StatusCodes.Status410Gone,
        MaterialUploadProblem.UploadCompleted or MaterialUploadProblem.BlocksMissing => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The same refusal, whatever part of the upload path noticed it.</summary>
    public static MaterialUploadException? From(Exception exception) => exception switch
    {
        MaterialUploadException upload => upload,
        MaterialStoreUnavailableException => new(MaterialUploadProblem.StoreUnavailable),
        MaterialRefusedException { Refusal: MaterialRefusal.Empty } => new(MaterialUploadProblem.Empty),
        MaterialRefusedException { Refusal: MaterialRefusal.TooLarge } refused => new(MaterialUploadProblem.TooLarge, refused.SizeLimit),
        MaterialRefusedException { Refusal: MaterialRefusal.Macros } => new(MaterialUploadProblem.Macros),
        MaterialRefusedException => new(MaterialUploadProblem.UnsupportedType),
        _ => null,
    };
}
