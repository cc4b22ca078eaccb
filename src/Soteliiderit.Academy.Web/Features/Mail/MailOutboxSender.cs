using Soteliiderit.Academy.Data.Mail;

namespace Soteliiderit.Academy.Web.Features.Mail;

/// <summary>
/// Runs <see cref="MailDelivery"/> whenever this node queues mail, and every few seconds for what other nodes
/// queued or what waits for a retry. Only the node holding the lease sends.
/// </summary>
public sealed partial class MailOutboxSender(MailOutbox outbox, MailDelivery delivery, ILogger<MailOutboxSender> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!outbox.IsOn)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await delivery.SendDueAsync(stoppingToken);
                await outbox.WaitForMoreAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database was away, say: the rows wait, and the next round tries again.
                RoundFailed(logger, exception);
                await outbox.WaitForMoreAsync(PollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending queued mail failed; trying again shortly")]
    private static partial void RoundFailed(ILogger logger, Exception exception);
}
