using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>A webinar as the list shows it; <see cref="RoomOpensAt"/> is when Join starts to work.</summary>
public sealed record WebinarListing(Guid Id, LocalizedText Title, DateTime StartsAt, int DurationMinutes, DateTime RoomOpensAt, WebinarStatus Status, bool RoomOpen);

public static class WebinarsApi
{
    public static IEndpointRouteBuilder MapWebinarsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/webinars").WithTags("Webinars")
            .MapGet("/", ListAsync)
            .WithSummary("Webinars the caller may join: not cancelled and not ended, soonest first; join them on the hub /hubs/webinar.");
        return app;
    }

    // Every signed-in person may join every webinar until registration arrives (issue 4 continues).
    private static async Task<Ok<List<WebinarListing>>> ListAsync(AcademyDbContext db, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Webinars.AsNoTracking().Where(w => w.Status == WebinarStatus.Scheduled).OrderBy(w => w.StartsAt).ToListAsync();
        return TypedResults.Ok(rows.Select(w =>
        {
            var opens = w.StartsAt.AddMinutes(-w.LobbyMinutes);
            return new WebinarListing(w.Id, new LocalizedText(w.TitleFi, w.TitleSv, w.TitleEn), w.StartsAt, w.DurationMinutes, opens, w.Status, now >= opens);
        }).ToList());
    }
}
