using Soteliiderit.Academy.Data.Recommendations;
using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Web.Features.IdeaBank;

/// <summary>The recommendation form as a page posts it: a note and whom (the piece is in the page's address).</summary>
public sealed class RecommendationForm : AudienceForm
{
    public string? Note { get; set; }

    public async Task<RecommendationInput> ToInputAsync(RecommendedItem item, Guid itemId)
    {
        var whom = await ToChoiceAsync();
        return new RecommendationInput(item, itemId, Note, whom.Audience, null, whom.Emails, whom.UnitId, whom.TakeValidRows);
    }

    /// <summary>Where the rules' field names show on this form.</summary>
    public static string FieldOf(string field) => AudienceForm.FieldOf(field, "Input") ?? (field == nameof(Note) ? "Input.Note" : "");
}
