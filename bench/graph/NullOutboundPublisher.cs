using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Bench;

/// <summary>Serialises every frame (that cost is part of processing) but sends nothing.</summary>
internal sealed class NullOutboundPublisher : IOutboundPublisher
{
    public long Bytes { get; private set; }

    public ValueTask PublishAsync(string userId, OutboundAudience audience, OutgoingWssMessage frame, CancellationToken cancellationToken = default)
    {
        Bytes += WssFrameWriter.ToUtf8(frame).Length;
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishAsync(string userId, OutboundAudience audience, ReadOnlyMemory<byte> utf8Frame, CancellationToken cancellationToken = default)
    {
        Bytes += utf8Frame.Length;
        return ValueTask.CompletedTask;
    }
}
