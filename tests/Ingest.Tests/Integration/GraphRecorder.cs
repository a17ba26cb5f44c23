using System.Collections.Concurrent;
using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Tests.Integration;

/// <summary>Stands in for the graph service: records what ingest sends into the graph pipeline.</summary>
public sealed class GraphRecorder(RecordedMessages recorded) : IConsumer<MessagesIngested>, IConsumer<SnapshotIngested>, IConsumer<SnapshotFailed>
{
    public Task Consume(ConsumeContext<MessagesIngested> context) => recorded.Add(context.Message);

    public Task Consume(ConsumeContext<SnapshotIngested> context) => recorded.Add(context.Message);

    public Task Consume(ConsumeContext<SnapshotFailed> context) => recorded.Add(context.Message);
}

public sealed class RecordedMessages
{
    private readonly ConcurrentQueue<IUserScoped> _messages = new();

    public Task Add(IUserScoped message)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public IReadOnlyList<T> Of<T>(string userId) where T : IUserScoped => [.. _messages.OfType<T>().Where(m => m.UserId == userId)];
}
