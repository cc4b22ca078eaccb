using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>
/// A refusal a page handler did not put on its form (an unknown id in a posted address, say) is the error page with
/// the refusal's status — 404, 400, 403 or 409 — rather than a server error.
/// </summary>
public sealed class RuleViolationPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is RuleViolationException violation && !executed.ExceptionHandled)
        {
            executed.Result = new StatusCodeResult(RuleViolationProblemHandler.StatusOf(violation.Kind));
            executed.ExceptionHandled = true;
        }
    }
}
