using MassTransit;
using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Scoring;
using Platform.Messaging;

namespace Platform.Enrichment.Consumers;

/// <summary>A snapshot is complete: score every fan of the user once and tell graph in a few large messages.</summary>
internal sealed class SnapshotIngestedConsumer(FanScoringService scoring, IPipelineSender pipeline, IOptions<EnrichmentOptions> options)
    : IConsumer<SnapshotIngested>
{
    public async Task Consume(ConsumeContext<SnapshotIngested> context)
    {
        var user = context.Message.UserId;
        var scores = await scoring.ScoreAsync(user, fanIds: null, context.CancellationToken);
        foreach (var chunk in scores.Chunk(options.Value.Scores.MaxFansPerMessage))
        {
            await pipeline.SendAsync(Pipelines.Graph, new MessagesEnriched { UserId = user, Scores = chunk }, context.CancellationToken);
        }
    }
}
