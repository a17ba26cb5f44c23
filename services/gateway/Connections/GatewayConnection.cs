using System.Net.WebSockets;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Gateway.Transport;

namespace Platform.Gateway.Connections;

/// <summary>One authenticated socket: who it is, what it subscribed to, and its single outbound queue.</summary>
internal sealed class GatewayConnection : IDisposable
{
    private readonly CancellationTokenSource _abort;
    private readonly TimeSpan _closeTimeout;
    private CloseRequest? _close;
    private long _sequence;
    private long _lastReceived = Environment.TickCount64;

    public GatewayConnection(string userId, ClientRole role, GatewayOptions options, CancellationToken requestAborted)
    {
        UserId = userId;
        Role = role;
        Outbound = new OutboundQueue(options.OutboundQueue.MaxFrames, options.OutboundQueue.MaxBytes);
        RateLimit = new TokenBucket(options.RateLimit.PerSecond, options.RateLimit.Burst);
        _closeTimeout = TimeSpan.FromSeconds(options.CloseTimeoutSeconds);
        _abort = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
    }

    public string Id { get; } = Guid.NewGuid().ToString("N");
    public string UserId { get; }
    public ClientRole Role { get; }
    public OutboundQueue Outbound { get; }
    public TokenBucket RateLimit { get; }

    /// <summary>Topics such as <c>chat:123</c>, always of this connection's own user.</summary>
    public TopicSubscriptions Topics { get; } = new();

    /// <summary>Cancelled when the socket must be torn down (client gone, or a close that took too long).</summary>
    public CancellationToken Aborted => _abort.Token;

    public CloseRequest? Close => Volatile.Read(ref _close);

    public long IdleMilliseconds => Environment.TickCount64 - Volatile.Read(ref _lastReceived);

    public long NextSequence() => ++_sequence;

    /// <summary>
    /// The id of an ingest frame that could not be published. Later frames must not overtake it (per-user
    /// order), so they are refused until the client sends it again: a client resends everything unacked,
    /// in order, starting with it. Touched only by the read loop.
    /// </summary>
    public string? IngestFence { get; set; }

    public void MarkReceived() => Volatile.Write(ref _lastReceived, Environment.TickCount64);

    /// <summary>Queues a frame; a full queue closes the socket as a slow consumer.</summary>
    public bool TrySend(ReadOnlyMemory<byte> utf8Frame)
    {
        if (Close is not null)
        {
            return false;
        }

        if (Outbound.TryEnqueue(utf8Frame))
        {
            return true;
        }

        RequestClose(CloseRequest.SlowConsumer);
        return false;
    }

    public bool Send(OutgoingWssMessage frame) => TrySend(WssFrameWriter.ToUtf8(frame));

    /// <summary>First request wins; the write loop sends the close frame, and the socket is aborted if that takes too long.</summary>
    public void RequestClose(CloseRequest request)
    {
        if (Interlocked.CompareExchange(ref _close, request, null) is not null)
        {
            return;
        }

        Outbound.Complete();
        try
        {
            _abort.CancelAfter(_closeTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    public void Abort()
    {
        RequestClose(new CloseRequest(WebSocketCloseStatus.EndpointUnavailable, "aborted"));
        try
        {
            _abort.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    public void Dispose() => _abort.Dispose();
}
