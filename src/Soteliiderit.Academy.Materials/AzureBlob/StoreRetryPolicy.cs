using System.Net;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// The SDK's retry loop, told exactly what the store promises to try again: no answer (connection failures
/// and timeouts), 408, 429, 500, 502, 503 and 504. Every other refusal is the service's last word, so a wrong
/// key or a missing blob is heard at once instead of after a minute of doubling waits.
/// </summary>
internal sealed class StoreRetryPolicy : RetryPolicy
{
    private readonly int _retries;

    public StoreRetryPolicy(int retries, TimeSpan firstDelay)
        : base(retries, DelayStrategy.CreateExponentialDelayStrategy(firstDelay, MaxDelay(firstDelay, retries)))
    {
        _retries = retries;
    }

    public static bool IsTransient(int status) => (HttpStatusCode)status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>True when the failure means the service did not answer, rather than that it refused.</summary>
    public static bool IsNoAnswer(Exception exception, CancellationToken callersToken) => exception switch
    {
        RequestFailedException { Status: 0 } => true,
        RequestFailedException failed => IsTransient(failed.Status),
        IOException or HttpRequestException => true,
        // The caller did not cancel, so the pipeline's network timeout did.
        OperationCanceledException => !callersToken.IsCancellationRequested,
        AggregateException all => all.InnerExceptions.All(inner => IsNoAnswer(inner, callersToken)),
        _ => false,
    };

    // The base class counts the attempts inside the method this replaces, so the count is kept here.
    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        message.ProcessingContext.RetryNumber < _retries
        && (exception is null ? message.HasResponse && IsTransient(message.Response.Status) : IsNoAnswer(exception, message.CancellationToken));

    protected override ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) => new(ShouldRetry(message, exception));

    // Doubling from the first delay, and never waiting longer than the last doubling would.
    private static TimeSpan MaxDelay(TimeSpan firstDelay, int retries) => firstDelay * Math.Pow(2, Math.Max(0, retries - 1));
}
