using System.Collections.Concurrent;
using Platform.Contracts.Wss;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Tests.Support;

/// <summary>Keeps the frames a handler published, in order, instead of sending them to RabbitMQ.</summary>
public sealed class RecordingOutboundPublisher : IOutboundPublisher
{
    public ConcurrentQueue<(string UserId, OutboundAudience Audience, OutgoingWssMessage Frame)> Frames { get; } = new();

    public ValueTask PublishAsync(string userId, OutboundAudience audience, OutgoingWssMessage frame, CancellationToken cancellationToken = default)
    {
        Frames.Enqueue((userId, audience, frame));
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishAsync(string userId, OutboundAudience audience, ReadOnlyMemory<byte> utf8Frame, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The graph publishes typed frames.");

    public List<T> Of<T>(string userId) where T : OutgoingWssMessage => [.. Frames.Where(f => f.UserId == userId).Select(f => f.Frame).OfType<T>()];

    public void Clear() => Frames.Clear();
}
