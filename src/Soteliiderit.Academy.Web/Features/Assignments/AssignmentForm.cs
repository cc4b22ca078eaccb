using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>The assignment form as a page posts it: one choice of course or webinar, a day, and whom.</summary>
public sealed class AssignmentForm : AudienceForm
{
    public const string CoursePrefix = "course:";
    public const string WebinarPrefix = "webinar:";

    /// <summary>"course:{id}" or "webinar:{id}".</summary>
    public string? Item { get; set; }

    public DateOnly? DueOn { get; set; }

    public async Task<AssignmentInput> ToInputAsync()
    {
        var whom = await ToChoiceAsync();
        return new AssignmentInput(Id(CoursePrefix), Id(WebinarPrefix), DueOn, whom.Audience, null, whom.Emails, whom.UnitId, whom.TakeValidRows);
    }

    /// <summary>Where the rules' field names show on this form.</summary>
    public static string FieldOf(string field) => field switch
    {
        nameof(AssignmentInput.CourseId) or nameof(AssignmentInput.WebinarId) => $"Input.{nameof(Item)}",
        _ => AudienceForm.FieldOf(field, "Input") ?? $"Input.{field}",
    };

    private Guid? Id(string prefix) =>
        Item is { } item && item.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(item[prefix.Length..], out var id) ? id : null;
}
