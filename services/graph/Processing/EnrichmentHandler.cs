using Platform.Contracts.Messaging;
using Platform.Graph.Projection;
using Platform.Graph.Storage;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Processing;

/// <summary>Folds enrichment's sentiment and fan scores into the graph and pushes the changed conversation.</summary>
internal sealed class EnrichmentHandler(GraphCache cache, EnrichmentWriter writer, IOutboundPublisher outbound, TimeProvider time)
{
    public Task HandleAsync(MessageEnriched message, CancellationToken cancellationToken) =>
        cache.RunAsync(message.UserId, load: true, async graph =>
        {
            // Null: the message itself has not arrived; its sentiment is stored and counted when it does.
            if (await writer.SaveSentimentAsync(message, cancellationToken) is { } row)
            {
                graph.SetConversation(row);
                await outbound.PublishAsync(message.UserId, OutboundAudience.Bridges, GraphFrames.Append(graph, row, time.GetUtcNow()), cancellationToken);
            }
        }, cancellationToken);

    public Task HandleAsync(FanScored message, CancellationToken cancellationToken) =>
        cache.RunAsync(message.UserId, load: true, async graph =>
        {
            await writer.SaveScoresAsync(message, cancellationToken);
            graph.Fan(message.Scores.FanId).Scores = message.Scores;
            graph.MarkStale(AnalyticsSections.FanScores | AnalyticsSections.FanFacing);
            var now = time.GetUtcNow();
            if (graph.Conversations.TryGetValue(message.Scores.FanId, out var row))
            {
                await outbound.PublishAsync(message.UserId, OutboundAudience.Bridges, GraphFrames.Append(graph, row, now), cancellationToken);
            }

            if (GraphFrames.AnalyticsUpdate(graph, now) is { } update)
            {
                await outbound.PublishAsync(message.UserId, OutboundAudience.Bridges, update, cancellationToken);
            }
        }, cancellationToken);
}
