using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>A connection subscribed to a chat and wants its latest messages.</summary>
internal sealed class RequestThreadHistoryConsumer(ConnectionRequestHandler handler, GraphGroupCommit groupCommit) : IConsumer<RequestThreadHistory>
{
    public Task Consume(ConsumeContext<RequestThreadHistory> context) =>
        groupCommit.RunAloneAsync(context, ct => handler.HandleAsync(context.Message, ct));
}
