using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>
/// One attendee's connection to the webinar hub on the SignalR .NET client, over a WebSocket the test keeps
/// hold of so it can cut it as a dropped network would. The room's sequenced events arrive typed, by name.
/// </summary>
public sealed class RoomConnection : IAsyncDisposable
{
    private static readonly string[] SequencedEvents =
        [nameof(IWebinarClient.Chat), nameof(IWebinarClient.MessageDeleted), nameof(IWebinarClient.Question), nameof(IWebinarClient.Poll), nameof(IWebinarClient.Slide), nameof(IWebinarClient.Ended)];

    private readonly ConcurrentDictionary<string, Channel<SessionEvent>> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private ClientWebSocket? _socket;

    private RoomConnection(Uri site, string accessToken)
    {
        Hub = new HubConnectionBuilder()
            .WithUrl(new Uri(site, "/hubs/webinar"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var socket = new ClientWebSocket();
                    socket.Options.SetRequestHeader("Authorization", $"Bearer {accessToken}");
                    await socket.ConnectAsync(context.Uri, cancellationToken);
                    return _socket = socket;
                };
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        foreach (var name in SequencedEvents)
        {
            Hub.On<SessionEvent>(name, change =>
            {
                Received.Enqueue(change.Sequence);
                _arrived.Release();
                Events(name).Writer.TryWrite(change);
            });
        }
    }

    /// <summary>The sequence numbers of every sequenced event that arrived live, in arrival order (live poll results are 0).</summary>
    public ConcurrentQueue<long> Received { get; } = new();

    /// <summary>Call hub methods on this; a refusal is a <see cref="Microsoft.AspNetCore.SignalR.HubException"/> with the server's words.</summary>
    public HubConnection Hub { get; }

    public static async Task<RoomConnection> ConnectAsync(Uri site, string accessToken)
    {
        var room = new RoomConnection(site, accessToken);
        await room.Hub.StartAsync();
        return room;
    }

    /// <summary>The next sequenced event of this name the server sent (waits for it).</summary>
    public async Task<SessionEvent> NextAsync(string eventName) =>
        await Events(eventName).Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Waits (up to <paramref name="limit"/>) until what arrived live satisfies <paramref name="done"/>; false if it never did.</summary>
    public async Task<bool> WaitUntilAsync(Func<IReadOnlyCollection<long>, bool> done, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + limit;
        while (!done(Received))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                return done(Received);
            }
        }

        return true;
    }

    /// <summary>Aborts the WebSocket without a close handshake, as a dropped network would.</summary>
    public void Cut() => (_socket ?? throw new InvalidOperationException("Not connected.")).Abort();

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        _arrived.Dispose();
    }

    private Channel<SessionEvent> Events(string name) => _events.GetOrAdd(name, _ => Channel.CreateUnbounded<SessionEvent>());
}
