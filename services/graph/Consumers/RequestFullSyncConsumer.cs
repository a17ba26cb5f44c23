using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>A dashboard connection wants the current full state.</summary>
internal sealed class RequestFullSyncConsumer(ConnectionRequestHandler handler) : IConsumer<RequestFullSync>
{
    public Task Consume(ConsumeContext<RequestFullSync> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
