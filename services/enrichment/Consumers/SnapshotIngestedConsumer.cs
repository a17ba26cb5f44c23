using MassTransit;
using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Scoring;
using Platform.Messaging;

namespace Platform.Enrichment.Consumers;

/// <summary>A snapshot is complete: score every fan of the user once and tell graph in a few large messages.</summary>
internal sealed class SnapshotIngestedConsumer(FanScoringService scoring, IPipelineSender pipeline, IOptions<EnrichmentOptions> options, EnrichmentGroupCommit groupCommit)
    : IConsumer<SnapshotIngested>
{
    /// <summary>Alone, after the snapshot's chunks (ahead of it in the queue) were stored.</summary>
    public Task Consume(ConsumeContext<SnapshotIngested> context) =>
        groupCommit.RunAloneAsync(context, async ct =>
        {
            var user = context.Message.UserId;
            var scores = await scoring.ScoreAllAsync(user, ct);
            foreach (var chunk in scores.Chunk(options.Value.Scores.MaxFansPerMessage))
            {
                await pipeline.SendAsync(Pipelines.Graph, new MessagesEnriched { UserId = user, Scores = chunk }, ct);
            }
        });
}
