using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// A request the server could not read (malformed JSON, a wrong type, a missing body, too large a body) becomes
/// problem details with the request's own status and a sentence in the caller's language. Development throws these
/// (<see cref="Microsoft.AspNetCore.Routing.RouteHandlerOptions.ThrowOnBadRequest"/>), where they once became 500s.
/// </summary>
public sealed class BadRequestProblemHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException badRequest || !ErrorHandlingSetup.IsApi(httpContext))
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var detail = ApiSetup.Localized(httpContext, badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Errors.TooLarge" : "Errors.UnreadableRequest");
        // Where in the body the reader gave up ("$.startsAt"), when it knows.
        if (badRequest.InnerException is System.Text.Json.JsonException { Path: { Length: > 0 } path })
        {
            detail = string.Format(System.Globalization.CultureInfo.CurrentCulture, ApiSetup.Localized(httpContext, "Errors.UnreadableAt"), detail, path);
        }

        using var _ = RequestCultureScope.Enter(httpContext);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = badRequest.StatusCode, Title = new ErrorMessages(localizer).Title(Grains.RuleKind.Invalid), Detail = detail },
            Exception = exception,
        });
    }
}
