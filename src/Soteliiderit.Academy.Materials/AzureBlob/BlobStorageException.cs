using System.Net;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// The Blob service answered, and said no for a reason that trying again will not change (a 4xx other than
/// timeouts and throttling): <see cref="ErrorCode"/> is the service's x-ms-error-code, such as AuthenticationFailed.
/// </summary>
public sealed class BlobStorageException(HttpStatusCode status, string? errorCode, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public string? ErrorCode { get; } = errorCode;
}
