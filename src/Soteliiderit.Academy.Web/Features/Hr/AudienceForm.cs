using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>
/// The "to whom" part of an HR form (an assignment, a recommendation) as a page posts it, drawn by
/// Shared/_AudienceFields with the form's prefix: the list pasted or as a file, or a unit, or everyone.
/// </summary>
public class AudienceForm
{
    /// <summary>The view-data key under which a page hands the partial its organization's units.</summary>
    public const string UnitsKey = "AudienceUnits";

    /// <summary>People (the list), Unit or Everyone; a unit with its sub-units is <see cref="IncludeSubUnits"/>.</summary>
    public SupervisorAudience Audience { get; set; } = SupervisorAudience.People;

    public string? Emails { get; set; }

    public IFormFile? EmailFile { get; set; }

    public Guid? UnitId { get; set; }

    public bool IncludeSubUnits { get; set; } = true;

    public bool ValidRowsOnly { get; set; }

    public async Task<AudienceChoice> ToChoiceAsync()
    {
        var emails = Emails;
        if (Audience == SupervisorAudience.People && EmailFile is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream());
            emails = await reader.ReadToEndAsync();
        }

        return new AudienceChoice(
            Audience == SupervisorAudience.Unit && IncludeSubUnits ? SupervisorAudience.UnitAndSubUnits : Audience,
            UserId: null,
            Emails: Audience == SupervisorAudience.People ? emails : null,
            UnitId: Audience == SupervisorAudience.Unit ? UnitId : null,
            TakeValidRows: ValidRowsOnly);
    }

    /// <summary>Where the audience rules' field names show on a form whose fields are under <paramref name="prefix"/>.</summary>
    public static string? FieldOf(string field, string prefix) => field switch
    {
        nameof(AudienceChoice.UserId) => $"{prefix}.{nameof(Emails)}",
        nameof(AudienceChoice.Audience) or nameof(AudienceChoice.Emails) or nameof(AudienceChoice.UnitId) => $"{prefix}.{field}",
        _ => null,
    };
}
