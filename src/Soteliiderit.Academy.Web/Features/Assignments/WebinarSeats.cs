using Orleans;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Assignments;

/// <summary>Registering assigned people: a webinar that ended or was cancelled meanwhile takes nobody, and that is no error.</summary>
public static class WebinarSeats
{
    public static async Task TakeAsync(IGrainFactory grains, Guid webinarId, Guid person)
    {
        ArgumentNullException.ThrowIfNull(grains);
        try
        {
            await grains.GetGrain<IWebinarGrain>(webinarId.ToString()).Register(person);
        }
        catch (RuleViolationException)
        {
            // The assignment stands and is shown as not started; nothing else is left half-done.
        }
    }
}
