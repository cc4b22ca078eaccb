using Soteliiderit.Academy.Data.Assignments;
using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>The assignment form as a page posts it: one choice of course or webinar, and the list pasted or as a file.</summary>
public sealed class AssignmentForm
{
    public const string CoursePrefix = "course:";
    public const string WebinarPrefix = "webinar:";

    /// <summary>"course:{id}" or "webinar:{id}".</summary>
    public string? Item { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>People (the list), Unit or Everyone; a unit with its sub-units is <see cref="IncludeSubUnits"/>.</summary>
    public SupervisorAudience Audience { get; set; } = SupervisorAudience.People;

    public string? Emails { get; set; }

    public IFormFile? EmailFile { get; set; }

    public Guid? UnitId { get; set; }

    public bool IncludeSubUnits { get; set; } = true;

    public bool AssignValidRows { get; set; }

    public async Task<AssignmentInput> ToInputAsync()
    {
        var emails = Emails;
        if (Audience == SupervisorAudience.People && EmailFile is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream());
            emails = await reader.ReadToEndAsync();
        }

        return new AssignmentInput(
            Id(CoursePrefix),
            Id(WebinarPrefix),
            DueOn,
            Audience == SupervisorAudience.Unit && IncludeSubUnits ? SupervisorAudience.UnitAndSubUnits : Audience,
            Emails: Audience == SupervisorAudience.People ? emails : null,
            UnitId: Audience == SupervisorAudience.Unit ? UnitId : null,
            AssignValidRows: AssignValidRows);
    }

    /// <summary>Where the rules' field names show on this form.</summary>
    public static string FieldOf(string field) => field switch
    {
        nameof(AssignmentInput.CourseId) or nameof(AssignmentInput.WebinarId) => $"Input.{nameof(Item)}",
        nameof(AssignmentInput.UserId) => $"Input.{nameof(Emails)}",
        _ => $"Input.{field}",
    };

    private Guid? Id(string prefix) =>
        Item is { } item && item.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(item[prefix.Length..], out var id) ? id : null;
}
