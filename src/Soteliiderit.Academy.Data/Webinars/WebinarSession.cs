namespace Soteliiderit.Academy.Data.Webinars;

/// <summary>
/// The live room of one webinar and the root row of its session grain, apart from the plan's <see cref="Webinar"/>
/// row so that neither waits on the other's ETag: every lasting change in the room raises this row's
/// <see cref="LastSequence"/> and <see cref="ETag"/> in the same save as the change.
/// </summary>
public sealed class WebinarSession
{
    public Guid WebinarId { get; set; }

    public long LastSequence { get; set; }

    /// <summary>The slide every attendee sees: a page number (1-based) of the slide material; 0 before the first.</summary>
    public int CurrentSlide { get; set; }

    /// <summary>When the room ended; the plan hears of it afterwards (see <see cref="Webinar.EndedAt"/>).</summary>
    public DateTime? EndedAt { get; set; }

    public int ETag { get; set; }
}
