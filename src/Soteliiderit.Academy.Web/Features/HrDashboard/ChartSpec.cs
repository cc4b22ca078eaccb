using System.Text.Json;

namespace Soteliiderit.Academy.Web.Features.HrDashboard;

public sealed record ChartSeries(string Label, IReadOnlyList<double> Data);

/// <summary>
/// One chart as wwwroot/js/hr-charts.js draws it with Chart.js: the page writes it into the canvas's data-chart
/// attribute (no inline script), and the same figures stand in the table beside it.
/// </summary>
/// <param name="Type">A Chart.js chart type: "bar" or "line".</param>
/// <param name="Max">The value axis's top (100 for percentages); null to fit the data.</param>
public sealed record ChartSpec(string Type, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, bool Stacked = false, double? Max = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
