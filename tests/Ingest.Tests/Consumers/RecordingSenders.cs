using System.Collections.Concurrent;
using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Messaging;
using Platform.Messaging.Outbound;

namespace Platform.Ingest.Tests.Consumers;

/// <summary>Records pipeline sends instead of using the broker exchanges.</summary>
public sealed class RecordingPipelineSender : IPipelineSender
{
    public ConcurrentQueue<(string Pipeline, IUserScoped Message)> Sent { get; } = new();

    public Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default) where T : class, IUserScoped
    {
        Sent.Enqueue((pipeline, message));
        return Task.CompletedTask;
    }

    public IReadOnlyList<T> To<T>(string pipeline) => [.. Sent.Where(s => s.Pipeline == pipeline).Select(s => s.Message).OfType<T>()];
}

/// <summary>Records outbound frames.</summary>
public sealed class RecordingOutboundPublisher : IOutboundPublisher
{
    public ConcurrentQueue<(string UserId, OutboundAudience Audience, OutgoingWssMessage Frame)> Published { get; } = new();

    public ValueTask PublishAsync(string userId, OutboundAudience audience, OutgoingWssMessage frame, CancellationToken cancellationToken = default)
    {
        Published.Enqueue((userId, audience, frame));
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishAsync(string userId, OutboundAudience audience, ReadOnlyMemory<byte> utf8Frame, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
