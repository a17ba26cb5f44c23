using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>A dashboard connection wants the current full state.</summary>
internal sealed class RequestFullSyncConsumer(ConnectionRequestHandler handler, GraphGroupCommit groupCommit) : IConsumer<RequestFullSync>
{
    public Task Consume(ConsumeContext<RequestFullSync> context) =>
        groupCommit.RunAloneAsync(context, ct => handler.HandleAsync(context.Message, ct));
}
