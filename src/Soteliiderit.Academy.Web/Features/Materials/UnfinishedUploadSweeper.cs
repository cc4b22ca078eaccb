using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>
/// Every few minutes, on the one node that holds the lease, ends the uploads that waited past their lifetime
/// (<see cref="ResumableUploads.SweepExpiredAsync"/>).
/// </summary>
public sealed partial class UnfinishedUploadSweeper(IServiceScopeFactory scopes, WorkLeases leases, TimeProvider time, ILogger<UnfinishedUploadSweeper> logger) : BackgroundService
{
    public const string LeaseName = "unfinished-upload-sweep";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                // Held for two rounds, so a node that misses one by a little keeps it.
                if (await leases.TryHoldAsync(LeaseName, Interval * 2, stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await scope.ServiceProvider.GetRequiredService<ResumableUploads>().SweepExpiredAsync(stoppingToken) is > 0 and var swept)
                    {
                        Swept(logger, swept);
                    }
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The next round tries again; the uploads only wait longer to be cleared.
                SweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended {Count} unfinished uploads that expired")]
    private static partial void Swept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired uploads failed; trying again in the next round")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
