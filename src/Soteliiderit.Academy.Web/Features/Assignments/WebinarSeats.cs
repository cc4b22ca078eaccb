using Orleans;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>Registering assigned people: a webinar that ended or was cancelled meanwhile takes nobody, and that is no error.</summary>
public static class WebinarSeats
{
    /// <summary>Seats in the order given, then waiting-list places, in one call however many people there are.</summary>
    public static async Task TakeAsync(IGrainFactory grains, Guid webinarId, IReadOnlyList<Guid> people)
    {
        ArgumentNullException.ThrowIfNull(grains);
        try
        {
            await grains.GetGrain<IWebinarGrain>(webinarId.ToString()).RegisterAll(people);
        }
        catch (RuleViolationException)
        {
            // The assignment stands and is shown as not started; nothing else is left half-done.
        }
    }
}
