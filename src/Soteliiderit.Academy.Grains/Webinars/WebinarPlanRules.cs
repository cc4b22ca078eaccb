using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>What makes a webinar plan well-formed, field by field (the database-backed checks are the grain's).</summary>
public static class WebinarPlanRules
{
    /// <summary>How far ahead a webinar may be scheduled: further is a typo (year 9999), not a plan.</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>When a webinar is scheduled to end; the last moment there is for one stored before starts were bounded.</summary>
    public static DateTime EndOf(DateTime startsAt, int durationMinutes) =>
        startsAt > DateTime.MaxValue.AddMinutes(-Math.Max(0, durationMinutes)) ? DateTime.MaxValue : startsAt.AddMinutes(durationMinutes);

    /// <summary>Webinars start on the minute (the form has no seconds), so a plan saved again unchanged is not a move.</summary>
    public static DateTime ToTheMinute(DateTime at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), at.Kind);

    /// <param name="now">Set when the webinar must start after it (a new webinar, or a new time).</param>
    public static List<FieldError> Check(WebinarPlan plan, DateTime? now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new List<FieldError>();
        if (plan.Title is null || plan.Title.IsEmpty)
        {
            errors.Add(new FieldError(nameof(plan.Title), "Required"));
        }
        else
        {
            errors.AddRange(Languages.All.Where(l => plan.Title[l] is { Length: > Limits.Title })
                .Select(l => new FieldError($"{nameof(plan.Title)}.{l}", "TooLong", Limits.Title)));
        }

        errors.AddRange(Languages.All.Where(l => plan.Description?[l] is { Length: > Limits.Summary })
            .Select(l => new FieldError($"{nameof(plan.Description)}.{l}", "TooLong", Limits.Summary)));
        if (now is { } moment && plan.StartsAt <= moment)
        {
            errors.Add(new FieldError(nameof(plan.StartsAt), "InThePast"));
        }
        else if (now is { } today && plan.StartsAt > today.AddYears(MaxYearsAhead))
        {
            errors.Add(new FieldError(nameof(plan.StartsAt), "TooFarAhead", MaxYearsAhead));
        }

        Range(errors, nameof(plan.DurationMinutes), plan.DurationMinutes, 5, WebinarGrain.MaxDurationMinutes);
        Range(errors, nameof(plan.LobbyMinutes), plan.LobbyMinutes, 0, WebinarGrain.MaxLobbyMinutes);
        Range(errors, nameof(plan.Capacity), plan.Capacity, 1, WebinarGrain.MaxCapacity);
        if (!string.IsNullOrWhiteSpace(plan.StreamUrl) && !CourseContentValidator.IsWebUrl(plan.StreamUrl.Trim()))
        {
            errors.Add(new FieldError(nameof(plan.StreamUrl), "WebAddress"));
        }

        if (plan.Slides is null || plan.Slides.Count > WebinarGrain.MaxSlides)
        {
            errors.Add(new FieldError(nameof(plan.Slides), "TooMany", WebinarGrain.MaxSlides));
        }

        if (plan.CoFacilitators is null || plan.CoFacilitators.Count > WebinarGrain.MaxCoFacilitators)
        {
            errors.Add(new FieldError(nameof(plan.CoFacilitators), "TooMany", WebinarGrain.MaxCoFacilitators));
        }

        return errors;
    }

    private static void Range(List<FieldError> errors, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add(new FieldError(field, "OutOfRange", min, max));
        }
    }
}
