using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>A snapshot stopped half-way: tell the dashboards and push what was stored.</summary>
internal sealed class SnapshotFailedConsumer(SnapshotHandler handler, GraphGroupCommit groupCommit) : IConsumer<SnapshotFailed>
{
    public Task Consume(ConsumeContext<SnapshotFailed> context) =>
        groupCommit.RunAloneAsync(context, ct => handler.HandleAsync(context.Message, ct));
}
