using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Enrichment.Consumers;

/// <summary>Ingested rows: analysed with the partition's other waiting batches (<see cref="EnrichmentGroupCommit"/>); acked once committed.</summary>
internal sealed class MessagesIngestedConsumer(EnrichmentGroupCommit groupCommit) : IConsumer<MessagesIngested>
{
    public Task Consume(ConsumeContext<MessagesIngested> context) => groupCommit.SubmitAsync(context);
}
