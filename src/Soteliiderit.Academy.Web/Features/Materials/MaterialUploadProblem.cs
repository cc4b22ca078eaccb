namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>Why an upload was turned down. Each has a status code and a message in the uploader's language (Errors.Materials.*).</summary>
public enum MaterialUploadProblem
{
    NotMultipart,
    NoFile,
    OneFile,
    FieldTooLong,
    FormUnreadable,
    FileNameNotAName,
    FileNameTooLong,
    Empty,
    TooLarge,
    UnsupportedType,
    Macros,
    Interrupted,
    StoreUnavailable,
    UploadNotFound,
    MaterialNotFound,
    UploadExpired,
    UploadCompleted,
    BlockOutsideFile,
    BlockWrongSize,
    BlocksMissing,
}
