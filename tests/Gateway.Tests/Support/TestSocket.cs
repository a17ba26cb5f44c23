using System.Net;
using System.Net.WebSockets;
using System.Text;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;

namespace Platform.Gateway.Tests.Support;

/// <summary>A real ClientWebSocket speaking the wire protocol, with typed receive helpers.</summary>
public sealed class TestSocket : IAsyncDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);
    private readonly byte[] _buffer = new byte[4 * 1024 * 1024];

    private TestSocket(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    public ConnectionAckMessage Ack { get; private set; } = null!;

    public static async Task<TestSocket> ConnectAsync(Uri uri, string? token, string? origin, bool viaHeader = false)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        if (token is not null && viaHeader)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        }

        var target = token is not null && !viaHeader ? new Uri($"{uri}?access_token={Uri.EscapeDataString(token)}") : uri;
        using var cts = new CancellationTokenSource(_timeout);
        await socket.ConnectAsync(target, cts.Token);
        var client = new TestSocket(socket);
        client.Ack = await client.ReceiveAsync<ConnectionAckMessage>();
        await client.ReceiveAsync<SystemStatusMessage>();
        return client;
    }

    /// <summary>The HTTP status a refused upgrade got.</summary>
    public static async Task<HttpStatusCode> RefusedStatusAsync(Uri uri, string? token, string? origin = null)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        var target = token is not null ? new Uri($"{uri}?access_token={Uri.EscapeDataString(token)}") : uri;
        using var cts = new CancellationTokenSource(_timeout);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(target, cts.Token));
        return socket.HttpStatusCode;
    }

    public Task SendAsync(string json) => SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var cts = new CancellationTokenSource(_timeout);
        await Socket.SendAsync(bytes, type, endOfMessage: true, cts.Token);
    }

    /// <summary>The next text frame, raw; null when the server closed.</summary>
    public async Task<string?> ReceiveTextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? _timeout);
        var count = 0;
        while (true)
        {
            var result = await Socket.ReceiveAsync(_buffer.AsMemory(count), cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            count += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(_buffer, 0, count);
            }
        }
    }

    public async Task<OutgoingWssMessage> ReceiveAsync()
    {
        var text = await ReceiveTextAsync() ?? throw new InvalidOperationException($"closed: {Socket.CloseStatus} {Socket.CloseStatusDescription}");
        return WssFrameWriter.ReadOutgoing(Encoding.UTF8.GetBytes(text)) ?? throw new InvalidOperationException("null frame");
    }

    public async Task<T> ReceiveAsync<T>()
        where T : OutgoingWssMessage
    {
        var frame = await ReceiveAsync();
        return Assert.IsType<T>(frame);
    }

    /// <summary>Reads (and discards) until the server's close frame; returns its status.</summary>
    public async Task<WebSocketCloseStatus?> ReceiveCloseAsync()
    {
        while (await ReceiveTextAsync() is not null)
        {
        }

        return Socket.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The test is over; the server may have gone first.
            }
        }

        Socket.Dispose();
    }
}
