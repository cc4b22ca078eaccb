using Microsoft.EntityFrameworkCore;
using Orleans;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// Beats once a minute for every room with people in it: the session marks them as still there, so a crash
/// loses at most a minute of anyone's attendance, and a quiet room (everyone watching the stream) stays active.
/// </summary>
public sealed partial class AttendanceClock(IDbContextFactory<AcademyDbContext> databases, IGrainFactory grains, TimeProvider time, ILogger<AttendanceClock> logger)
    : BackgroundService
{
    public static readonly TimeSpan Beat = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Beat, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await BeatAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBeatFailed(ex);
            }
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        List<Guid> rooms;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            rooms = await db.WebinarAttendance.Where(a => a.LeftAt == null).Select(a => a.WebinarId).Distinct().ToListAsync(cancellationToken);
        }

        foreach (var room in rooms)
        {
            await grains.GetGrain<IWebinarSessionGrain>(room.ToString()).Heartbeat();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The attendance heartbeat failed; it tries again in a minute")]
    private partial void LogBeatFailed(Exception exception);
}
