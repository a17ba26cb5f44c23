using System.Collections.Concurrent;
using Platform.Contracts.Messaging;
using Platform.Messaging;

namespace Platform.Graph.Tests.Support;

public sealed class RecordingPipelineSender : IPipelineSender
{
    public ConcurrentQueue<(string Pipeline, object Message)> Sent { get; } = new();

    public Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
        where T : class, IUserScoped
    {
        Sent.Enqueue((pipeline, message));
        return Task.CompletedTask;
    }
}
