namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>The two SignalR groups of a webinar: attendees get projected events, facilitators everything.</summary>
public static class WebinarGroups
{
    public static string Attendees(Guid webinarId) => $"webinar:{webinarId:N}:attendees";

    public static string Facilitators(Guid webinarId) => $"webinar:{webinarId:N}:facilitators";

    public static string[] Everyone(Guid webinarId) => [Attendees(webinarId), Facilitators(webinarId)];
}
