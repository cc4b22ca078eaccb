using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>
/// A minimal SignalR client speaking the JSON hub protocol over a real WebSocket (the .NET SignalR client
/// package is not served here): handshake, invocations with completions, and server-sent events by name.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    public static async Task<HubClient> ConnectAsync(Uri site, string accessToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var client = new HubClient();
        var address = new UriBuilder(site) { Scheme = site.Scheme == "https" ? "wss" : "ws", Path = "/hubs/webinar", Query = $"access_token={Uri.EscapeDataString(accessToken)}" }.Uri;
        await client._socket.ConnectAsync(address, CancellationToken.None);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await client.ReceiveMessagesAsync();
        if (handshake.Count != 1 || handshake[0].TryGetProperty("error", out _))
        {
            throw new InvalidOperationException("The hub refused the handshake.");
        }

        client._receiving = client.ReceiveLoopAsync();
        return client;
    }

    /// <summary>Calls a hub method; a refusal throws <see cref="HubRefusalException"/> with the server's message.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target = method, arguments }, JsonSerializerOptions.Web));
        return await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The next event of this name the server sent (waits for it).</summary>
    public async Task<JsonElement> NextAsync(string eventName) =>
        await Events(eventName).Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Cuts the socket without a close handshake, as a dropped network would.</summary>
    public void Cut() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        // Say goodbye before stopping the receive loop: cancelling a pending receive aborts the socket, after
        // which a close would throw.
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await _stop.CancelAsync();

        _socket.Dispose();
        _stop.Dispose();
    }

    private Channel<JsonElement> Events(string name) => _events.GetOrAdd(name, _ => Channel.CreateUnbounded<JsonElement>());

    private async Task SendAsync(string json) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                foreach (var message in await ReceiveMessagesAsync())
                {
                    Dispatch(message);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(exception);
            }
        }
    }

    private void Dispatch(JsonElement message)
    {
        switch (message.GetProperty("type").GetInt32())
        {
            case 1:
                Events(message.GetProperty("target").GetString()!).Writer.TryWrite(message.GetProperty("arguments")[0].Clone());
                break;
            case 3 when _pending.TryRemove(message.GetProperty("invocationId").GetString()!, out var completion):
                if (message.TryGetProperty("error", out var error))
                {
                    completion.SetException(new HubRefusalException(error.GetString()!));
                }
                else
                {
                    completion.SetResult(message.TryGetProperty("result", out var result) ? result.Clone() : default);
                }

                break;
        }
    }

    private async Task<List<JsonElement>> ReceiveMessagesAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The hub closed the connection.");
            }

            text.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage || text.Length == 0 || text.GetBuffer()[text.Length - 1] != Separator);

        return [.. Encoding.UTF8.GetString(text.ToArray()).Split(Separator, StringSplitOptions.RemoveEmptyEntries).Select(json => JsonDocument.Parse(json).RootElement.Clone())];
    }
}

public sealed class HubRefusalException(string message) : Exception(message);
