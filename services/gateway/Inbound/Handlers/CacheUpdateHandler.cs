using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Messaging;

namespace Platform.Gateway.Inbound.Handlers;

/// <summary>A snapshot chunk: to ingest, in the same partition (and so the same order) as the user's deltas.</summary>
internal sealed class CacheUpdateHandler(PipelineForwarder forwarder, TimeProvider clock) : FrameHandler<CacheUpdateMessage>
{
    protected override async ValueTask HandleAsync(GatewayConnection connection, CacheUpdateMessage frame, CancellationToken cancellationToken)
    {
        var chunk = frame.Payload;
        var message = new IngestCapturedTraffic
        {
            UserId = connection.UserId,
            ConnectionId = connection.Id,
            Sequence = connection.NextSequence(),
            ClientMessageId = frame.Id,
            Snapshot = new SnapshotChunkInfo { SnapshotId = chunk.SnapshotId, ChunkIndex = chunk.ChunkIndex, ChunkCount = chunk.ChunkCount },
            Events = chunk.Events,
            ReceivedAt = clock.GetUtcNow(),
        };
        await forwarder.ForwardAsync(connection, Pipelines.Ingest, message, frame.Id, cancellationToken);
    }
}
