using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Orleans;
using Orleans.Storage;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// Turns a refused call into RFC 9457 problem details in the caller's language: 400 with per-field errors,
/// 404 or 409. A write conflict between two runtimes is a 409 the caller can retry.
/// </summary>
public sealed class RuleViolationProblemHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!ErrorHandlingSetup.IsApi(httpContext))
        {
            // A person gets the error page in their language, never a JSON body.
            return false;
        }

        var violation = exception switch
        {
            RuleViolationException v => v,
            InconsistentStateException => RuleViolationException.Conflict("ChangedMeanwhile"),
            _ when RuleViolationException.IsFailover(exception) => RuleViolationException.TryAgain(),
            _ => null,
        };
        if (violation is null)
        {
            return false;
        }

        using var _ = RequestCultureScope.Enter(httpContext);
        var messages = new ErrorMessages(localizer);
        httpContext.Response.StatusCode = StatusOf(violation.Kind);
        var details = new HttpValidationProblemDetails(messages.ByField(violation.FieldErrors))
        {
            Status = httpContext.Response.StatusCode,
            Title = messages.Title(violation.Kind),
            Detail = messages.Describe(violation),
            Extensions = { ["code"] = violation.Code },
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    public static int StatusOf(RuleKind kind) => kind switch
    {
        RuleKind.NotFound => StatusCodes.Status404NotFound,
        RuleKind.Conflict => StatusCodes.Status409Conflict,
        RuleKind.Forbidden => StatusCodes.Status403Forbidden,
        RuleKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}

/// <summary>The localized sentences for rule violations and field errors, shared by pages and the API.</summary>
public sealed class ErrorMessages(IStringLocalizer<SharedResource> localizer)
{
    public string Title(RuleKind kind) => localizer[$"Errors.Title.{kind}"];

    public string Describe(RuleViolationException violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var text = localizer[$"Errors.{violation.Code}"];
        return text.ResourceNotFound ? localizer["Errors.Invalid"] : text;
    }

    public string Describe(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = localizer[$"Validation.{error.Code}", error.Arguments];
        return text.ResourceNotFound ? localizer["Validation.Invalid"] : text;
    }

    public Dictionary<string, string[]> ByField(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(Describe).ToArray());
}
