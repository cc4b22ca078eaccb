namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>
/// Webinar attendance as it may be shown beside other employers: seats in webinars that have ended, how many of
/// those seats were used (the person was in the room), and the rate from these published counts.
/// </summary>
public sealed record PublishedAttendance(PublishedCount Seats, PublishedCount Attended)
{
    public static readonly PublishedAttendance None = new(PublishedCount.Zero, PublishedCount.Zero);

    /// <summary>Attended ÷ seats.</summary>
    public double? Rate => PublishedCount.Rate(Attended, Seats);

    public static PublishedAttendance Of(int seats, int attended) => new(PublishedCount.Of(seats), PublishedCount.Of(attended));

    public PublishedAttendance Plus(PublishedAttendance other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Seats.Plus(other.Seats), Attended.Plus(other.Attended));
    }
}
