using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace Soteliiderit.Academy.Bench;

/// <summary>
/// One socket's outgoing frames, sent in order and by one sender at a time, without a lock: <see cref="Send"/>
/// queues the bytes and starts draining only when no drain is running (an interlocked flag decides). A socket
/// that keeps up is written on the caller's thread, with no hop to the thread pool.
/// </summary>
public sealed class SocketWriter(WebSocket socket)
{
    private readonly ConcurrentQueue<ReadOnlyMemory<byte>> _frames = new();
    private int _draining;

    public void Send(ReadOnlyMemory<byte> frame)
    {
        _frames.Enqueue(frame);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            _ = DrainAsync();
        }
    }

    private async Task DrainAsync()
    {
        try
        {
            while (true)
            {
                while (_frames.TryDequeue(out var frame))
                {
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                }

                Volatile.Write(ref _draining, 0);
                // A frame queued after the last dequeue but before the flag dropped would otherwise wait for the next one.
                if (_frames.IsEmpty || Interlocked.CompareExchange(ref _draining, 1, 0) != 0)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client has gone; its receive loop sees that and removes it from the room.
        }
    }
}
