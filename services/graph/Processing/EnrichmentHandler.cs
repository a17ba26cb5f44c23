using Platform.Contracts.Messaging;
using Platform.Graph.Projection;
using Platform.Graph.Storage;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Processing;

/// <summary>
/// Folds what enrichment found (sentiments, fan scores) into the graph and pushes each changed
/// conversation once, then the analytics that changed.
/// </summary>
internal sealed class EnrichmentHandler(GraphCache cache, EnrichmentWriter writer, IOutboundPublisher outbound, TimeProvider time)
{
    /// <summary>More changed conversations than this go to the dashboards as one full sync instead of one append each.</summary>
    public const int MaxAppendsPerUpdate = 200;

    public Task HandleAsync(MessagesEnriched enriched, CancellationToken cancellationToken) =>
        cache.RunAsync(enriched.UserId, load: graph => !graph.AwaitingSnapshot, async graph =>
        {
            // A sentiment whose message has not arrived is stored and counted when the message does.
            var rows = await writer.SaveAsync(enriched, cancellationToken);
            if (!graph.Loaded)
            {
                // Mid-snapshot: the snapshot's end rebuilds the graph from what was just stored and pushes it
                // whole. Loading the half-written graph here, once per chunk, made a 10,000-chat snapshot quadratic.
                return;
            }

            foreach (var row in rows)
            {
                graph.SetConversation(row);
            }

            foreach (var scores in enriched.Scores)
            {
                graph.Fan(scores.FanId).Scores = scores;
            }

            if (enriched.Scores.Count > 0)
            {
                graph.MarkStale(AnalyticsSections.FanScores | AnalyticsSections.FanFacing);
            }

            var now = time.GetUtcNow();
            var changed = rows.Select(r => r.ChatId).Concat(enriched.Scores.Select(s => s.FanId))
                .Distinct(StringComparer.Ordinal).Where(graph.Conversations.ContainsKey).ToList();
            if (changed.Count > MaxAppendsPerUpdate)
            {
                // A rescoring of many fans (after a snapshot: every fan, 1,000 per message) as ONE frame: as appends, a
                // 10,000-chat snapshot's rescoring overflowed the dashboard's outbound queue (1,000 frames) and the
                // gateway closed it as a slow consumer before the snapshot's own full sync was written.
                await outbound.PublishAsync(enriched.UserId, OutboundAudience.Bridges, GraphFrames.FullSync(graph, SnapshotHandler.CurrentSnapshotId, now), cancellationToken);
            }
            else
            {
                foreach (var chatId in changed)
                {
                    await outbound.PublishAsync(enriched.UserId, OutboundAudience.Bridges, GraphFrames.Append(graph, graph.Conversations[chatId], now), cancellationToken);
                }
            }

            if (GraphFrames.AnalyticsUpdate(graph, now) is { } update)
            {
                await outbound.PublishAsync(enriched.UserId, OutboundAudience.Bridges, update, cancellationToken);
            }
        }, cancellationToken);
}
