using Soteliiderit.Academy.Web.Features.Shared;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>The webinar form: the start is a wall-clock time in Finland, co-facilitators are e-mail addresses one per line.</summary>
public sealed class PlanInput
{
    public LocalizedInput Title { get; set; } = new();

    public LocalizedInput Description { get; set; } = new();

    public DateTime? StartsAt { get; set; }

    public int DurationMinutes { get; set; } = 60;

    public int LobbyMinutes { get; set; } = 15;

    public int Capacity { get; set; } = 100;

    public bool OpenToAll { get; set; }

    public bool QuestionsNeedApproval { get; set; }

    public Guid? CourseId { get; set; }

    public string? StreamUrl { get; set; }

    public List<Guid> Slides { get; set; } = [];

    /// <summary>The facilitator's numbering of the ticked slides; unnumbered ones follow in the list's order.</summary>
    public Dictionary<Guid, int?> SlideOrder { get; set; } = [];

    public string? CoFacilitators { get; set; }

    public static PlanInput From(WebinarDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new PlanInput
        {
            Title = LocalizedInput.From(details.Listing.Title),
            Description = LocalizedInput.From(details.Description),
            StartsAt = FinnishTime.ToLocal(details.Listing.StartsAt),
            DurationMinutes = details.Listing.DurationMinutes,
            LobbyMinutes = details.LobbyMinutes,
            Capacity = details.Listing.Capacity,
            OpenToAll = details.Listing.OpenToAll,
            QuestionsNeedApproval = details.QuestionsNeedApproval,
            CourseId = details.CourseId,
            StreamUrl = details.StreamUrl,
            Slides = [.. details.Slides.Select(s => s.MaterialId).Distinct()],
            // The form numbers materials, not the deck's slides (a PDF of 30 pages is one material, number 1).
            SlideOrder = details.Slides.Select(s => s.MaterialId).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => (int?)(x.i + 1)),
            CoFacilitators = string.Join('\n', details.Hosts.Skip(1).Select(h => h.Email)),
        };
    }

    /// <summary>The request, or null when the start is missing (the form says so).</summary>
    public WebinarPlanRequest? ToRequest() => StartsAt is not { } local ? null : new WebinarPlanRequest(
        Title.ToText(),
        new DateTimeOffset(FinnishTime.ToUtc(local), TimeSpan.Zero),
        DurationMinutes,
        LobbyMinutes,
        Capacity,
        OpenToAll,
        QuestionsNeedApproval,
        CourseId,
        StreamUrl,
        OrderedSlides(),
        [.. (CoFacilitators ?? "").Split(['\n', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Description.ToText());

    private List<Guid> OrderedSlides() =>
    [
        .. Slides.Select((id, index) => (id, index))
            .OrderBy(s => SlideOrder.GetValueOrDefault(s.id) ?? int.MaxValue)
            .ThenBy(s => s.index)
            .Select(s => s.id),
    ];

    /// <summary>Where a grain's field error shows on this form.</summary>
    public static string FormPath(string grainPath) => "Input." + LocalizedInput.FormPath(grainPath);
}
