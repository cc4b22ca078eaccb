using Microsoft.AspNetCore.Mvc.Rendering;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>The id the tag helpers give a field ("Input.Email" becomes "Input_Email"), for error summary links.</summary>
public static class FormIds
{
    public static string For(string field) => TagBuilder.CreateSanitizedId(field, "_");
}
