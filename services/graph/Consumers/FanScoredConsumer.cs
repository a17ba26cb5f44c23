using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;

namespace Platform.Graph.Consumers;

/// <summary>Enrichment rescored a fan (churn risk, lifetime value, ...).</summary>
internal sealed class FanScoredConsumer(EnrichmentHandler handler) : IConsumer<FanScored>
{
    public Task Consume(ConsumeContext<FanScored> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
