using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>A snapshot stopped half-way: tell the dashboards and push what was stored.</summary>
internal sealed class SnapshotFailedConsumer(SnapshotHandler handler) : IConsumer<SnapshotFailed>
{
    public Task Consume(ConsumeContext<SnapshotFailed> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
