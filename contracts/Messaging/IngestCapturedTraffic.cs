using Platform.Contracts.Capture;

namespace Platform.Contracts.Messaging;

/// <summary>
/// Gateway to ingest: captured events from one Agent frame, either one snapshot chunk
/// (<see cref="Snapshot"/> set) or deltas. One message type for both so that a user's snapshot
/// chunks and deltas share one partition queue and keep their order.
/// </summary>
public sealed record IngestCapturedTraffic : IUserScoped
{
    public required string UserId { get; init; }
    public required string ConnectionId { get; init; }
    /// <summary>Per-connection frame sequence number, increasing.</summary>
    public required long Sequence { get; init; }
    /// <summary>The client's frame id, when it sent one.</summary>
    public string? ClientMessageId { get; init; }
    public SnapshotChunkInfo? Snapshot { get; init; }
    public required IReadOnlyList<RawCapturedEvent> Events { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
}

public sealed record SnapshotChunkInfo
{
    public required string SnapshotId { get; init; }
    public required int ChunkIndex { get; init; }
    public required int ChunkCount { get; init; }
}
