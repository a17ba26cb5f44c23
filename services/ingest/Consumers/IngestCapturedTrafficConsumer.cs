using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Consumers;

/// <summary>The gateway's captured traffic, one user's partition at a time (order kept by the partition queue).</summary>
public sealed class IngestCapturedTrafficConsumer(TrafficIngestor ingestor) : IConsumer<IngestCapturedTraffic>
{
    public Task Consume(ConsumeContext<IngestCapturedTraffic> context) => ingestor.IngestAsync(context.Message, context.CancellationToken);
}
