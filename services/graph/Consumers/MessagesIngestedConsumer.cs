using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>Normalised rows from ingest: a delta, or one chunk of a snapshot.</summary>
internal sealed class MessagesIngestedConsumer(IngestHandler handler) : IConsumer<MessagesIngested>
{
    public Task Consume(ConsumeContext<MessagesIngested> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
