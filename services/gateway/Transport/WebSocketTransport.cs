using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using Platform.Gateway.Connections;
using Platform.Gateway.Inbound;

namespace Platform.Gateway.Transport;

/// <summary>
/// Runs one socket: one read loop (parses and dispatches inline, so frames are handled in arrival order)
/// and one write loop (the only writer, draining the connection's outbound queue).
/// </summary>
internal sealed class WebSocketTransport(FrameDispatcher dispatcher, IOptions<GatewayOptions> options, ILogger<WebSocketTransport> logger)
{
    private readonly int _maxFrameBytes = options.Value.MaxFrameBytes;

    /// <summary>Runs until the socket is closed or aborted; <paramref name="started"/> runs once the writer is live.</summary>
    public async Task RunAsync(WebSocket socket, GatewayConnection connection, Func<Task> started)
    {
        var writer = Task.Run(() => WriteLoopAsync(socket, connection));
        try
        {
            await started();
            await ReadLoopAsync(socket, connection);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            GatewayLog.TransportFault(logger, connection.Id, e.Message);
            connection.Abort();
        }

        connection.RequestClose(CloseRequest.Normal);
        await writer;
    }

    private async Task ReadLoopAsync(WebSocket socket, GatewayConnection connection)
    {
        var ct = connection.Aborted;
        var frame = new FrameBuffer(_maxFrameBytes);
        while (true)
        {
            // A zero-byte read waits for the next frame without holding a buffer: idle sockets cost no buffer memory.
            var result = await socket.ReceiveAsync(Memory<byte>.Empty, ct);
            frame.Rent();
            try
            {
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close && !frame.TooBig)
                {
                    result = await socket.ReceiveAsync(frame.FreeSpace(), ct);
                    frame.Advance(result.Count);
                }

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.RequestClose(CloseRequest.Normal);
                    return;
                }

                connection.MarkReceived();
                if (frame.TooBig)
                {
                    connection.RequestClose(CloseRequest.TooBig(_maxFrameBytes));
                    await DrainUntilCloseAsync(socket, ct);
                    return;
                }

                // A frame that arrives after the close was decided is not processed.
                if (connection.Close is null)
                {
                    await dispatcher.DispatchAsync(connection, result.MessageType, frame.Written, ct);
                }
            }
            finally
            {
                frame.Release();
            }
        }
    }

    private static async Task DrainUntilCloseAsync(WebSocket socket, CancellationToken ct)
    {
        var scratch = new byte[4096];
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var result = await socket.ReceiveAsync(scratch.AsMemory(), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private async Task WriteLoopAsync(WebSocket socket, GatewayConnection connection)
    {
        var ct = connection.Aborted;
        var reader = connection.Outbound.Reader;
        try
        {
            while (await reader.WaitToReadAsync(ct))
            {
                while (connection.Close is not { } close || close == CloseRequest.Normal)
                {
                    if (!reader.TryRead(out var frame))
                    {
                        break;
                    }

                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, ct);
                    connection.Outbound.Dequeued(frame);
                }

                if (connection.Close is not null && connection.Close != CloseRequest.Normal)
                {
                    break;
                }
            }

            await CloseAsync(socket, connection);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            GatewayLog.TransportFault(logger, connection.Id, e.Message);
            connection.Abort();
        }
    }

    private async Task CloseAsync(WebSocket socket, GatewayConnection connection)
    {
        var close = connection.Close ?? CloseRequest.Normal;
        if (close == CloseRequest.SlowConsumer)
        {
            GatewayLog.SlowConsumer(logger, connection.Id);
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(close.Status, close.Reason, connection.Aborted);
        }

        GatewayLog.ConnectionClosed(logger, connection.Id, close.Status.ToString(), close.Reason);
    }
}
