namespace Platform.Contracts.Messaging;

/// <summary>
/// Ingest to graph and enrichment: what one <see cref="IngestCapturedTraffic"/> changed, as normalised
/// records (only rows that are new or changed). Part of a snapshot when <see cref="SnapshotId"/> is set.
/// </summary>
public sealed record MessagesIngested : IUserScoped
{
    public required string UserId { get; init; }
    public required long Sequence { get; init; }
    public string? SnapshotId { get; init; }
    public CreatorProfile? Creator { get; init; }
    public IReadOnlyList<FanProfile> Fans { get; init; } = [];
    public IReadOnlyList<ChatState> Chats { get; init; } = [];
    public IReadOnlyList<NormalizedMessage> Messages { get; init; } = [];
    public IReadOnlyList<NormalizedTransaction> Transactions { get; init; } = [];
    public IReadOnlyList<FanSubscription> Subscriptions { get; init; } = [];
    public required DateTimeOffset IngestedAt { get; init; }
}

/// <summary>Ingest to graph: every chunk of a snapshot is in and committed.</summary>
public sealed record SnapshotIngested : IUserScoped
{
    public required string UserId { get; init; }
    public required string SnapshotId { get; init; }
    public required int ChunkCount { get; init; }
    public int Events { get; init; }
    public int Fans { get; init; }
    public int Chats { get; init; }
    public int Messages { get; init; }
    public int Transactions { get; init; }
    public required DateTimeOffset IngestedAt { get; init; }
}

/// <summary>Ingest: a snapshot's chunks stopped arriving before the last one.</summary>
public sealed record SnapshotFailed : IUserScoped
{
    public required string UserId { get; init; }
    public required string SnapshotId { get; init; }
    public required int ChunksReceived { get; init; }
    public required int ChunkCount { get; init; }
    public required string Reason { get; init; }
}
