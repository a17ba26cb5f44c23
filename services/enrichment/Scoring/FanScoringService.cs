using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Messaging;
using Platform.Messaging.Outbound;

namespace Platform.Enrichment.Scoring;

/// <summary>Scores fans, keeps the scores, tells graph (<c>FanScored</c>) and the dashboards (<c>analytics_update</c>).</summary>
internal sealed class FanScoringService(
    FanScoreStore store,
    IPipelineSender pipeline,
    IOutboundPublisher outbound,
    IOptions<EnrichmentOptions> options,
    TimeProvider clock)
{
    /// <param name="fanIds">The fans whose data changed; null for all of the user's fans (after a snapshot).</param>
    public async Task ScoreAsync(string user, string[]? fanIds, CancellationToken ct)
    {
        if (fanIds is { Length: 0 })
        {
            return;
        }

        var now = clock.GetUtcNow();
        var facts = await store.FactsAsync(user, fanIds, now, ct);
        var scores = facts.Select(f => FanScoreCalculator.Score(f, now)).ToList();
        if (scores.Count == 0)
        {
            return;
        }

        await store.SaveAsync(user, scores, ct);
        foreach (var score in scores)
        {
            await pipeline.SendAsync(Pipelines.Graph, new FanScored { UserId = user, Scores = score }, ct);
        }

        var top = scores.OrderByDescending(s => s.LifetimeValue).ThenByDescending(s => s.ChurnRisk)
            .Take(options.Value.Scores.MaxFansInUpdate).ToList();
        await outbound.PublishAsync(user, OutboundAudience.Bridges, new AnalyticsUpdateMessage
        {
            Payload = new AnalyticsUpdatePayload { Analytics = new CreatorAnalytics { FanScores = top, GeneratedAt = now } },
        }, ct);
    }
}
