using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Mail;

/// <summary>
/// Sends the queued mail that is due, on the one node that holds the lease, over one SMTP connection per round.
/// A failed send waits for its next try (<see cref="MailOptions.Retries"/>) and, when they are used up, is
/// marked failed for HR to see; it never fails what queued it.
/// </summary>
public sealed partial class MailDelivery(
    IServiceScopeFactory scopes, WorkLeases leases, IOptions<MailOptions> options, TimeProvider time, ILogger<MailDelivery> logger) : IDisposable
{
    public const string LeaseName = "mail-send";

    private const int BatchSize = 100;

    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan SmtpTimeout = TimeSpan.FromSeconds(30);

    /// <summary>One round at a time on this node: the sender's and a caller's (a test's) do not send the same row twice.</summary>
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Sends everything that is due now; returns how many went out. Returns 0 at once on a node without the lease.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            // The lease is renewed for every batch and every mail, so a long round keeps it and a dead node's lapses.
            while (await HoldAsync(cancellationToken)
                && await SendBatchAsync(cancellationToken) is { Taken: > 0 } batch)
            {
                sent += batch.Sent;
            }

            return sent;
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();

    private async Task<(int Taken, int Sent)> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyDbContext>();
        var composer = scope.ServiceProvider.GetRequiredService<MailComposer>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutgoingMails
            .Where(m => m.Status == MailStatus.Queued && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.QueuedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (0, 0);
        }

        using var smtp = new SmtpClient { Timeout = (int)SmtpTimeout.TotalMilliseconds };
        Exception? unreachable = null;
        var sent = 0;
        foreach (var mail in due)
        {
            // A slow server can outlast the lease: then another node sends the rest, and this one stops.
            if (!await HoldAsync(cancellationToken))
            {
                break;
            }

            try
            {
                if (await composer.ComposeAsync(mail, cancellationToken) is not { } message)
                {
                    mail.Status = MailStatus.Dropped;
                }
                else if (unreachable is not null)
                {
                    // One refused connection is enough to know for the rest of the batch.
                    Retry(mail, unreachable);
                }
                else
                {
                    unreachable = await ConnectAsync(smtp, cancellationToken);
                    if (unreachable is not null)
                    {
                        Retry(mail, unreachable);
                        await db.SaveChangesAsync(cancellationToken);
                        continue;
                    }

                    await smtp.SendAsync(message, cancellationToken);
                    mail.Attempts++;
                    mail.Status = MailStatus.Sent;
                    mail.SentAt = time.GetUtcNow().UtcDateTime;
                    mail.LastError = null;
                    sent++;
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Whatever went wrong with this mail (the server, or writing it), it waits its turn again and the
                // rest go on: one bad row must not hold up the outbox.
                Retry(mail, exception);
            }

            // Saved one by one, so a node that stops mid-round has recorded what it already handed over.
            await db.SaveChangesAsync(cancellationToken);
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }

        return (due.Count, sent);
    }

    /// <summary>Null when connected (and signed in); otherwise why not.</summary>
    private async Task<Exception?> ConnectAsync(SmtpClient smtp, CancellationToken cancellationToken)
    {
        if (smtp.IsConnected)
        {
            return null;
        }

        var settings = options.Value;
        var security = !settings.UseTls ? SecureSocketOptions.None
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        try
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            return null;
        }
        catch (Exception exception) when (IsSendFailure(exception))
        {
            return exception;
        }
    }

    private Task<bool> HoldAsync(CancellationToken cancellationToken) => leases.TryHoldAsync(LeaseName, LeaseLength, cancellationToken);

    private void Retry(OutgoingMail mail, Exception exception)
    {
        var delays = options.Value.Retries;
        mail.Attempts++;
        mail.LastError = Describe(exception);
        // A server that refuses for good (an unknown mailbox, 5xx) will refuse every try: HR sees it at once.
        if (mail.Attempts > delays.Count || exception is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 })
        {
            mail.Status = MailStatus.Failed;
            GaveUp(logger, mail.Id, mail.Kind, mail.Attempts, exception);
        }
        else
        {
            mail.NextAttemptAt = time.GetUtcNow().UtcDateTime + delays[mail.Attempts - 1];
            WillRetry(logger, mail.Id, mail.Kind, mail.Attempts, mail.NextAttemptAt, exception);
        }
    }

    /// <summary>What the server or the network said, short enough for a row; never the message.</summary>
    private static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= OutgoingMail.MaxErrorLength ? text : text[..OutgoingMail.MaxErrorLength];
    }

    private static bool IsSendFailure(Exception exception) =>
        exception is IOException or System.Net.Sockets.SocketException or TimeoutException
            or CommandException or ProtocolException or AuthenticationException or SslHandshakeException
            or OperationCanceledException { CancellationToken.IsCancellationRequested: false }
            or MimeKit.ParseException or FormatException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} ({Kind}) was not sent on try {Attempt}; trying again at {NextAttemptAt:u}")]
    private static partial void WillRetry(ILogger logger, Guid mailId, MailKind kind, int attempt, DateTime nextAttemptAt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MailId} ({Kind}) was not sent after {Attempts} tries; HR sees it as not sent")]
    private static partial void GaveUp(ILogger logger, Guid mailId, MailKind kind, int attempts, Exception exception);
}
