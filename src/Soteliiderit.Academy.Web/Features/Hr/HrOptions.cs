using System.ComponentModel.DataAnnotations;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>The "Academy:Hr" settings.</summary>
public sealed class HrOptions
{
    public const string Section = "Academy:Hr";

    /// <summary>Days before the same assignment may be reminded to the same person again.</summary>
    [Range(1, 365)]
    public int ReminderIntervalDays { get; set; } = 7;

    /// <summary>Minutes the published national and comparison figures are shown before they are counted again; 0 counts them for every request.</summary>
    [Range(0, 1440)]
    public int ComparisonMaxAgeMinutes { get; set; } = 10;
}
