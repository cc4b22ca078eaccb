namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>
/// What the _LocalizedFields partial needs: the form name ("Input.Title"), the legend, the current value,
/// and optionally the id of a hint that describes every box.
/// </summary>
public sealed record LocalizedFieldsModel(string Name, string Legend, LocalizedInput Value, int MaxLength, bool Required = false, bool Multiline = false, int Rows = 3, string? Hint = null);
