using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>Enrichment read one inbound message (sentiment, intents).</summary>
internal sealed class MessageEnrichedConsumer(EnrichmentHandler handler) : IConsumer<MessageEnriched>
{
    public Task Consume(ConsumeContext<MessageEnriched> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
