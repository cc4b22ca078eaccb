using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// The webinar benchmark's baseline, run as its own process (<c>baseline-server --port P</c>): bare Kestrel and
/// WebSockets, speaking just enough of the SignalR JSON protocol (handshake, invocation results, pings) for the
/// same node clients to join and chat. A chat message becomes the same <see cref="SessionEvent"/> the academy
/// sends, serialized once into one frame whose bytes go to every socket's <see cref="SocketWriter"/>. No hub,
/// groups, storage or authentication: the least a server must do to fan the same payloads out.
/// </summary>
public static class BaselineServer
{
    private const byte RecordSeparator = 0x1e;

    /// <summary>The academy's hub protocol options: web defaults (camelCase) and enums as names.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly ConcurrentDictionary<Member, byte> Room = new();
    private static long _sequence;
    private static int _arrived;

    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        await using var app = builder.Build();
        app.UseWebSockets();
        app.MapGet("/healthz", () => "ok");
        app.Map("/hubs/webinar", ServeAsync);
        // SignalR's default keep-alive: a ping to every client each 15 s, which its server timeout (30 s) expects.
        using var pings = new Timer(_ => Broadcast(Encoding.UTF8.GetBytes("{\"type\":6}\u001e")), null, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15));
        await app.RunAsync();
        return 0;
    }

    private static async Task ServeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var member = new Member(new SocketWriter(socket), Guid.NewGuid(), $"Osallistuja {Interlocked.Increment(ref _arrived)}");
        Room[member] = 0;
        try
        {
            await ReceiveAsync(socket, member);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away.
        }
        finally
        {
            Room.TryRemove(member, out _);
        }
    }

    private static async Task ReceiveAsync(WebSocket socket, Member member)
    {
        var pending = new ArrayBufferWriter<byte>(256);
        var handshaken = false;
        while (socket.State == WebSocketState.Open)
        {
            // A zero-byte read first, as SignalR's transport does: an idle connection holds no receive buffer.
            await socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
            var buffer = ArrayPool<byte>.Shared.Rent(4096);
            try
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                pending.Write(buffer.AsSpan(0, received.Count));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            int end;
            while ((end = pending.WrittenSpan.IndexOf(RecordSeparator)) >= 0)
            {
                var record = pending.WrittenSpan[..end].ToArray();
                var rest = pending.WrittenSpan[(end + 1)..].ToArray();
                pending.ResetWrittenCount();
                pending.Write(rest);
                if (!handshaken)
                {
                    handshaken = true;
                    member.Writer.Send(Encoding.UTF8.GetBytes("{}\u001e"));
                }
                else if (!Handle(record, member))
                {
                    return;
                }
            }
        }
    }

    /// <summary>Answers one hub message; false when the client closes.</summary>
    private static bool Handle(byte[] record, Member member)
    {
        using var message = JsonDocument.Parse(record);
        var root = message.RootElement;
        switch (root.GetProperty("type").GetInt32())
        {
            case 1:
                var id = root.TryGetProperty("invocationId", out var invocation) ? invocation.GetString() : null;
                var arguments = root.GetProperty("arguments");
                object? result = root.GetProperty("target").GetString() switch
                {
                    "SendChat" => Chat(member, arguments[1].GetString() ?? ""),
                    "Join" => new SessionSnapshot(Interlocked.Read(ref _sequence), Fresh: true, [], [], [], null, HasVoted: false, 1, Room.Count, IsFacilitator: false, Ended: false, Hands: [], Upvoted: []),
                    _ => null,
                };
                if (id is not null)
                {
                    member.Writer.Send(Frame(writer =>
                    {
                        writer.WriteNumber("type", 3);
                        writer.WriteString("invocationId", id);
                        writer.WritePropertyName("result");
                        JsonSerializer.Serialize(writer, result, Json);
                    }));
                }

                return true;
            case 7:
                return false;
            default:
                // Pings (6) need no answer.
                return true;
        }
    }

    /// <summary>The academy's chat event for this message, sent to the whole room as one frame.</summary>
    private static long Chat(Member member, string text)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var at = DateTime.UtcNow;
        var change = new SessionEvent(sequence, WebinarEventKind.Chat, at, Chat: new ChatView(sequence, member.Id, member.Name, text.Trim(), at));
        Broadcast(Frame(writer =>
        {
            writer.WriteNumber("type", 1);
            writer.WriteString("target", "Chat");
            writer.WriteStartArray("arguments");
            JsonSerializer.Serialize(writer, change, Json);
            writer.WriteEndArray();
        }));
        return sequence;
    }

    private static void Broadcast(byte[] frame)
    {
        foreach (var (member, _) in Room)
        {
            member.Writer.Send(frame);
        }
    }

    private static byte[] Frame(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        buffer.Write([RecordSeparator]);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A connection in the room; compared by reference, so the room's dictionary hashes it cheaply.</summary>
    private sealed class Member(SocketWriter writer, Guid id, string name)
    {
        public SocketWriter Writer { get; } = writer;

        public Guid Id { get; } = id;

        public string Name { get; } = name;
    }
}
