using System.Collections.Concurrent;
using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Messaging;
using Platform.Messaging.Outbound;

namespace Platform.Enrichment.Tests.Support;

/// <summary>Records outbound frames in harness tests (the real-broker tests read them from RabbitMQ instead).</summary>
public sealed class RecordingOutbound : IOutboundPublisher
{
    public ConcurrentQueue<(string User, OutboundAudience Audience, OutgoingWssMessage Frame)> Sent { get; } = new();

    public ValueTask PublishAsync(string userId, OutboundAudience audience, OutgoingWssMessage frame, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue((userId, audience, frame));
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishAsync(string userId, OutboundAudience audience, ReadOnlyMemory<byte> utf8Frame, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("enrichment publishes typed frames");

    public IEnumerable<T> Of<T>(string user) where T : OutgoingWssMessage => Sent.Where(s => s.User == user).Select(s => s.Frame).OfType<T>();
}

/// <summary>Records what would go to another pipeline (graph) in harness tests.</summary>
public sealed class RecordingPipeline : IPipelineSender
{
    public ConcurrentQueue<(string Pipeline, IUserScoped Message)> Sent { get; } = new();

    public Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default) where T : class, IUserScoped
    {
        Sent.Enqueue((pipeline, message));
        return Task.CompletedTask;
    }

    public IEnumerable<T> Of<T>(string user) where T : IUserScoped => Sent.Select(s => s.Message).OfType<T>().Where(m => m.UserId == user);
}
