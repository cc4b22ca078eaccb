using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>
/// What a form field says about its errors to assistive technology: aria-invalid, and aria-describedby pointing
/// at its hint and at the error text shown beside it (the _FieldError partial renders that text).
/// </summary>
public static class FieldErrors
{
    public static bool Has(this ModelStateDictionary modelState, string field) =>
        modelState?.TryGetValue(field, out var entry) == true && entry.Errors.Count > 0;

    public static string? AriaInvalid(this ModelStateDictionary modelState, string field) =>
        modelState.Has(field) ? "true" : null;

    public static string ErrorId(string field) => FormIds.For(field) + "_error";

    /// <summary>The ids that describe the field, or null when there are none.</summary>
    public static string? DescribedBy(this ModelStateDictionary modelState, string field, params string?[] hints)
    {
        var ids = hints.Where(h => !string.IsNullOrEmpty(h)).ToList();
        if (modelState.Has(field))
        {
            ids.Add(ErrorId(field));
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public static IEnumerable<string> Messages(this ModelStateDictionary modelState, string field) =>
        modelState?.TryGetValue(field, out var entry) == true ? entry.Errors.Select(e => e.ErrorMessage) : [];
}
