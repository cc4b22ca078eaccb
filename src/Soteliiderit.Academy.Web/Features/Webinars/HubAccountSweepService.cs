using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// A hub connection outlives the cookie or token check it passed when it opened. This node's open connections are
/// checked against the accounts every <see cref="Interval"/> (a few queries for all of them): one whose account was
/// deactivated or whose password changed since sign-in, on whichever node, is closed. A hub call checks at once
/// (<see cref="HubAccountFilter"/>).
/// </summary>
public sealed partial class HubAccountSweepService(AccountStamps accounts, TimeProvider time, ILogger<HubAccountSweepService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new();

    public void Watch(HubCallerContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connections[connection.ConnectionId] = connection;
    }

    public void Forget(HubCallerContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connections.TryRemove(connection.ConnectionId, out _);
    }

    /// <summary>Closes the connections whose account no longer lets them in; answers how many.</summary>
    public async Task<int> SweepAsync()
    {
        var open = _connections.Values.Where(c => c.User is not null).ToList();
        if (open.Count == 0)
        {
            return 0;
        }

        var gone = (await accounts.NoLongerCurrentAsync([.. open.Select(c => c.User!)])).ToHashSet();
        var closed = open.Where(c => gone.Contains(c.User!)).ToList();
        foreach (var connection in closed)
        {
            connection.Abort();
            Forget(connection);
        }

        return closed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await SweepAsync() is > 0 and var closed)
                {
                    LogClosed(closed);
                }
            }
#pragma warning disable CA1031 // The database may be away for a moment; the next sweep tries again.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LogSweepFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} hub connections whose account was deactivated or whose password changed")]
    private partial void LogClosed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the accounts of open hub connections failed; the next sweep tries again")]
    private partial void LogSweepFailed(Exception exception);
}
