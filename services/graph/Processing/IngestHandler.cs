using Platform.Contracts.Messaging;
using Platform.Graph.Projection;
using Platform.Graph.Storage;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Processing;

/// <summary>
/// Applies a <see cref="MessagesIngested"/>. A delta updates the graph incrementally and pushes one
/// <c>append_message</c> per changed conversation, <c>thread_message</c> per new message and one
/// <c>analytics_update</c>; a snapshot chunk is only stored (the snapshot is pushed whole at its end).
/// A typical delta (messages at the end of their chats) costs one round trip and O(1) work in memory:
/// see <see cref="TailPlanner"/> and <see cref="TailSql"/>.
/// </summary>
internal sealed class IngestHandler(GraphCache cache, IngestBatchWriter writer, IOutboundPublisher outbound, TimeProvider time, ILogger<IngestHandler> logger)
{
    public Task HandleAsync(MessagesIngested batch, CancellationToken cancellationToken) =>
        cache.RunAsync(batch.UserId, load: batch.SnapshotId is null, async graph =>
        {
            var tails = TailPlanner.Plan(graph, batch);
            var changes = await writer.WriteAsync(batch, tails, cancellationToken);
            if (batch.SnapshotId is not null)
            {
                // SnapshotIngested reloads the whole graph; keeping chunk-by-chunk state in memory gains nothing.
                graph.Clear();
                graph.AwaitingSnapshot = true;
                return;
            }

            if (changes.Unsettled() is { Length: > 0 } unsettled)
            {
                await writer.RecomputeAsync(batch.UserId, unsettled, changes, cancellationToken);
            }

            var chats = GraphChangeApplier.Apply(graph, changes, tails);
            await PublishDeltaAsync(graph, batch, changes, chats, cancellationToken);
            GraphLog.DeltaApplied(logger, batch.UserId, batch.Messages.Count, chats.Count);
        }, cancellationToken);

    private async Task PublishDeltaAsync(UserGraph graph, MessagesIngested batch, StoredChanges changes, IReadOnlyList<string> chats, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var chatId in chats)
        {
            await outbound.PublishAsync(graph.UserId, OutboundAudience.Bridges, GraphFrames.Append(graph, graph.Conversations[chatId], now), cancellationToken);
        }

        if (changes.Messages.Any(m => m.Inserted))
        {
            var inserted = changes.Messages.Where(m => m.Inserted).Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
            foreach (var message in batch.Messages.Where(m => inserted.Remove(m.MessageId)).OrderBy(m => m.CreatedAt))
            {
                await outbound.PublishAsync(graph.UserId, OutboundAudience.ToTopic($"chat:{message.ChatId}"), GraphFrames.ThreadMessage(message), cancellationToken);
            }
        }

        if (!changes.IsEmpty && GraphFrames.AnalyticsUpdate(graph, now) is { } update)
        {
            await outbound.PublishAsync(graph.UserId, OutboundAudience.Bridges, update, cancellationToken);
        }
    }
}
