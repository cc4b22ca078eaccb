using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Soteliiderit.Academy.Web.Features.Shared;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        // After an exception there is no status in the address; the exception handler has set the response's.
        status ??= Response.StatusCode is (>= 400 and < 500) or 503 ? Response.StatusCode : null;
        var kind = status switch
        {
            503 => "Unavailable",
            404 => "NotFound",
            403 => "Forbidden",
            429 => "TooManyRequests",
            >= 400 and < 500 => "BadRequest",
            _ => "Unexpected",
        };
        // Only error statuses: an address like /error/200 or /error/0 must not produce a strange response.
        Response.StatusCode = status is >= 400 and <= 599 ? status.Value : status is null ? 500 : 404;
        if (Response.StatusCode == 503)
        {
            Response.Headers.RetryAfter = "5";
        }

        Heading = t[$"Error.{kind}.Heading"];
        Explanation = t[$"Error.{kind}.Text"];
    }
}
