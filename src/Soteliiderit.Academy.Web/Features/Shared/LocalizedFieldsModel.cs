namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>How the _LocalizedFields partial draws one text's three boxes (see <see cref="LocalizedFieldsTagHelper"/>).</summary>
public sealed record LocalizedFieldsModel(string Legend, int MaxLength, bool Required, bool Multiline, int Rows, string? Hint);
