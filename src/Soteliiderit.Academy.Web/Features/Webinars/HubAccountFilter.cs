using Microsoft.AspNetCore.SignalR;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// Every hub call of someone whose account was deactivated, or whose password changed since they signed in, is
/// refused as a page or API request would be, in words that tell them to sign in again; the connection itself is
/// closed by <see cref="HubAccountSweepService"/> (which this filter tells about every connection) within its interval,
/// after the refusal has reached them.
/// </summary>
public sealed class HubAccountFilter(AccountStamps accounts, HubAccountSweepService sweep) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        sweep.Watch(context.Context);
        await next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        var connection = invocationContext.Context;
        if (connection.User is null || !await accounts.IsCurrentAsync(connection.User))
        {
            throw new HubException(ApiSetup.Localized(connection.GetHttpContext()!, "Errors.SignedOut"));
        }

        return await next(invocationContext);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        sweep.Forget(context.Context);
        await next(context, exception);
    }
}
