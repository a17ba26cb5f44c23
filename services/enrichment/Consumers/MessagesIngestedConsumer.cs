using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Ingestion;

namespace Platform.Enrichment.Consumers;

internal sealed class MessagesIngestedConsumer(IngestedBatchHandler handler) : IConsumer<MessagesIngested>
{
    public Task Consume(ConsumeContext<MessagesIngested> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
