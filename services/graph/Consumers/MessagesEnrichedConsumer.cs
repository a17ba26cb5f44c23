using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Graph.Consumers;

/// <summary>Enrichment analysed an ingested batch (sentiments, intents) or rescored fans.</summary>
internal sealed class MessagesEnrichedConsumer(GraphGroupCommit groupCommit) : IConsumer<MessagesEnriched>
{
    public Task Consume(ConsumeContext<MessagesEnriched> context) => groupCommit.SubmitAsync(context);
}
