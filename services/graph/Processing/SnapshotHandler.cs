using Platform.Contracts.Messaging;
using Platform.Contracts.Wss.Outgoing;
using Platform.Graph.Storage;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Processing;

/// <summary>
/// The end of a snapshot (complete or failed): rebuild the user's graph from PostgreSQL and push it to
/// the dashboards as one <c>full_sync_response</c> between PROCESSING_SNAPSHOT and REALTIME.
/// </summary>
internal sealed class SnapshotHandler(GraphCache cache, UserGraphLoader loader, IOutboundPublisher outbound, TimeProvider time, ILogger<SnapshotHandler> logger)
{
    public const string CurrentSnapshotId = "current";

    public Task HandleAsync(SnapshotIngested message, CancellationToken cancellationToken) =>
        PushAsync(message.UserId, message.SnapshotId, SystemStatus.ProcessingSnapshot, null, message.SnapshotId, cancellationToken);

    /// <summary>Chunks that did arrive are stored and valid: the dashboards get the state they produced.</summary>
    public Task HandleAsync(SnapshotFailed message, CancellationToken cancellationToken) =>
        PushAsync(message.UserId, message.SnapshotId, SystemStatus.SnapshotFailed, message.Reason, CurrentSnapshotId, cancellationToken);

    private Task PushAsync(string userId, string snapshotId, SystemStatus first, string? detail, string syncId, CancellationToken cancellationToken) =>
        cache.RunAsync(userId, load: false, async graph =>
        {
            var started = time.GetTimestamp();
            await outbound.PublishAsync(userId, OutboundAudience.Bridges, GraphFrames.Status(first, snapshotId, detail), cancellationToken);
            await loader.LoadAsync(graph, cancellationToken, recomputeAll: true);
            graph.AwaitingSnapshot = false;
            var sync = GraphFrames.FullSync(graph, syncId, time.GetUtcNow());
            await outbound.PublishAsync(userId, OutboundAudience.Bridges, sync, cancellationToken);
            await outbound.PublishAsync(userId, OutboundAudience.Bridges, GraphFrames.Status(SystemStatus.Realtime, snapshotId), cancellationToken);
            GraphLog.FullSyncPushed(logger, userId, syncId, sync.Payload.Conversations.Count, time.GetElapsedTime(started).TotalMilliseconds);
        }, cancellationToken);
}
