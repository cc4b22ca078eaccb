namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>What the _LocalizedFields partial needs: the form name ("Input.Title"), the legend and the current value.</summary>
public sealed record LocalizedFieldsModel(string Name, string Legend, LocalizedInput Value, int MaxLength, bool Required = false, bool Multiline = false, int Rows = 3);
