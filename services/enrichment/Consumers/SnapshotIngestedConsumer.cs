using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Scoring;

namespace Platform.Enrichment.Consumers;

/// <summary>A snapshot is complete: score every fan of the user once.</summary>
internal sealed class SnapshotIngestedConsumer(FanScoringService scoring) : IConsumer<SnapshotIngested>
{
    public Task Consume(ConsumeContext<SnapshotIngested> context) =>
        scoring.ScoreAsync(context.Message.UserId, fanIds: null, context.CancellationToken);
}
