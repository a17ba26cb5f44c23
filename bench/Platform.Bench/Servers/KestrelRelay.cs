using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace Platform.Bench.Servers;

/// <summary>
/// The ceiling of the socket side: the least a relay can do. An agent's frame is copied once and written
/// to the same user's bridge sockets (one writer loop per socket), no parsing, no broker.
/// </summary>
public static class KestrelRelay
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        var bridges = new ConcurrentDictionary<string, ConcurrentDictionary<Channel<byte[]>, byte>>(StringComparer.Ordinal);
        app.UseWebSockets();
        app.Map("/ws", async (HttpContext http) =>
        {
            var user = http.Request.Query["user"].ToString();
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            if (http.Request.Query["role"].ToString() == "bridge")
            {
                var outgoing = Channel.CreateUnbounded<byte[]>(new() { SingleReader = true });
                var mine = bridges.GetOrAdd(user, _ => new());
                mine[outgoing] = 0;
                try
                {
                    await Task.WhenAll(WriteLoopAsync(socket, outgoing.Reader), DrainAsync(socket, outgoing.Writer));
                }
                finally
                {
                    mine.TryRemove(outgoing, out _);
                }
            }
            else
            {
                await ReadLoopAsync(socket, frame =>
                {
                    if (bridges.TryGetValue(user, out var targets))
                    {
                        foreach (var target in targets.Keys)
                        {
                            target.Writer.TryWrite(frame);
                        }
                    }
                });
            }
        });
        return app;
    }

    private static async Task WriteLoopAsync(WebSocket socket, ChannelReader<byte[]> outgoing)
    {
        try
        {
            await foreach (var frame in outgoing.ReadAllAsync())
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
    }

    private static async Task DrainAsync(WebSocket socket, ChannelWriter<byte[]> outgoing)
    {
        await ReadLoopAsync(socket, _ => { });
        outgoing.TryComplete();
    }

    private static async Task ReadLoopAsync(WebSocket socket, Action<byte[]> onFrame)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                length += result.Count;
                if (result.EndOfMessage)
                {
                    onFrame(buffer.AsSpan(0, length).ToArray());
                    length = 0;
                }
            }
        }
        catch (WebSocketException)
        {
        }
    }
}
