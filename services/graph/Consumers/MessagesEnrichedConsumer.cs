using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>Enrichment analysed an ingested batch (sentiments, intents) or rescored fans.</summary>
internal sealed class MessagesEnrichedConsumer(EnrichmentHandler handler) : IConsumer<MessagesEnriched>
{
    public Task Consume(ConsumeContext<MessagesEnriched> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
