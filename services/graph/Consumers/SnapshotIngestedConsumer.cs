using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>Every chunk of a snapshot is stored: push the rebuilt graph.</summary>
internal sealed class SnapshotIngestedConsumer(SnapshotHandler handler, GraphGroupCommit groupCommit) : IConsumer<SnapshotIngested>
{
    public Task Consume(ConsumeContext<SnapshotIngested> context) =>
        groupCommit.RunAloneAsync(context, ct => handler.HandleAsync(context.Message, ct));
}
