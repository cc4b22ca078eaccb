using Microsoft.AspNetCore.Mvc.ModelBinding;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Shared;

public static class ModelStateExtensions
{
    /// <summary>
    /// Shows a refused call on the form: each field error at its input (named by <paramref name="field"/>, which maps
    /// the grain's field path to the form's), and the overall reason at the top when no field is to blame.
    /// </summary>
    public static void AddRuleViolation(
        this ModelStateDictionary modelState,
        RuleViolationException violation,
        ErrorMessages messages,
        Func<string, string>? field = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(violation);
        ArgumentNullException.ThrowIfNull(messages);
        if (violation.FieldErrors.Count == 0)
        {
            modelState.AddModelError("", messages.Describe(violation));
            return;
        }

        foreach (var error in violation.FieldErrors)
        {
            modelState.AddModelError(field?.Invoke(error.Field) ?? error.Field, messages.Describe(error));
        }
    }
}
