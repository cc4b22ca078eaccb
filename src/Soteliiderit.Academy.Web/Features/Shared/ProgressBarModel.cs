namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>A native progress element with a name a screen reader reads out.</summary>
public sealed record ProgressBarModel(int Percent, string Label);
