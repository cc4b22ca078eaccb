using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// Ends the webinars their facilitators forgot to end, an hour after the scheduled end
/// (<see cref="WebinarSessionGrain.ClosingGrace"/>): the room closes for whoever is still in it, attendance is
/// closed and counted toward the course, and the FAQ and transcript appear on the webinar's page.
/// </summary>
public sealed partial class ClosingTime(
    IDbContextFactory<AcademyDbContext> databases,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<ClosingTime> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(AttendanceClock.Beat, time);
        do
        {
            try
            {
                await CloseForgottenAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogClosingFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CloseForgottenAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> overdue;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            // Few webinars are under way at once; the end time is reckoned here rather than in SQL.
            var started = await db.Webinars.AsNoTracking().Where(w => w.Status == WebinarStatus.Scheduled && w.StartsAt < now)
                .Select(w => new { w.Id, w.StartsAt, w.DurationMinutes }).ToListAsync(cancellationToken);
            overdue = [.. started.Where(w => w.StartsAt.AddMinutes(w.DurationMinutes) + WebinarSessionGrain.ClosingGrace <= now).Select(w => w.Id)];
        }

        foreach (var id in overdue)
        {
            try
            {
                // The grain tells the room (every node with people in it) that it ended.
                await grains.GetGrain<IWebinarSessionGrain>(id.ToString()).EndIfForgotten();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One webinar that cannot be ended does not hold up the others.
                LogClosingFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ending forgotten webinars failed; it tries again in a minute")]
    private partial void LogClosingFailed(Exception exception);
}
