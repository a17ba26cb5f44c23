using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace Platform.Bench.Clients;

/// <summary>
/// A client WebSocket for load: every write goes through one channel and one writer loop (a socket allows
/// one send at a time), and one reader loop hands each complete text message to <see cref="OnMessage"/>.
/// </summary>
public sealed class BenchSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<ReadOnlyMemory<byte>> _outgoing = Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new() { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private Task _loops = Task.CompletedTask;

    public BenchSocket(Action<BenchSocket, ReadOnlyMemory<byte>> onMessage, string? bearerToken = null)
    {
        OnMessage = onMessage;
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (bearerToken is not null)
        {
            _socket.Options.SetRequestHeader("Authorization", "Bearer " + bearerToken);
        }
    }

    public Action<BenchSocket, ReadOnlyMemory<byte>> OnMessage { get; }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public long Received { get; private set; }

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(uri, cancellationToken);
        _loops = Task.WhenAll(Task.Run(ReadLoopAsync, CancellationToken.None), Task.Run(WriteLoopAsync, CancellationToken.None));
    }

    public void Send(ReadOnlyMemory<byte> utf8) => _outgoing.Writer.TryWrite(utf8);

    private async Task WriteLoopAsync()
    {
        try
        {
            var reader = _outgoing.Reader;
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                while (reader.TryRead(out var frame))
                {
                    await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket closed or the run ended.
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        var length = 0;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var result = await _socket.ReceiveAsync(buffer.AsMemory(length), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                length += result.Count;
                if (result.EndOfMessage)
                {
                    Received++;
                    OnMessage(this, buffer.AsMemory(0, length));
                    length = 0;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket closed or the run ended.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bench done", timeout.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        await _stop.CancelAsync();
        await _loops;
        _socket.Dispose();
        _stop.Dispose();
    }
}
