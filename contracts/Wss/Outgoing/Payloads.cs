using System.Text.Json.Serialization;
using Platform.Contracts.Model;

namespace Platform.Contracts.Wss.Outgoing;

public sealed record ConnectionAckPayload
{
    public required string ConnectionId { get; init; }
    public required string UserId { get; init; }
    public required ClientRole Role { get; init; }
    public required string ServerVersion { get; init; }
    public required int ProtocolVersion { get; init; }
    /// <summary>How often a dashboard should ping.</summary>
    public int HeartbeatIntervalSeconds { get; init; }
    /// <summary>How often an Agent should send keepalive.</summary>
    public int KeepaliveIntervalSeconds { get; init; }
    /// <summary>A connection silent for longer is closed.</summary>
    public int IdleTimeoutSeconds { get; init; }
    public required ConnectionLimits Limits { get; init; }
}

public sealed record ConnectionLimits
{
    public int MaxFrameBytes { get; init; }
    public int RateLimitPerSecond { get; init; }
    public int RateLimitBurst { get; init; }
    public int MaxOutboundQueueFrames { get; init; }
    public int MaxOutboundQueueBytes { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<SystemStatus>))]
public enum SystemStatus
{
    [JsonStringEnumMemberName("CONNECTED")] Connected,
    [JsonStringEnumMemberName("PROCESSING_SNAPSHOT")] ProcessingSnapshot,
    [JsonStringEnumMemberName("REALTIME")] Realtime,
    [JsonStringEnumMemberName("SNAPSHOT_FAILED")] SnapshotFailed,
    [JsonStringEnumMemberName("RESYNC_REQUIRED")] ResyncRequired,
    [JsonStringEnumMemberName("DEGRADED")] Degraded,
}

public sealed record SystemStatusPayload
{
    public required SystemStatus Status { get; init; }
    public string? Detail { get; init; }
    public string? SnapshotId { get; init; }
}

public sealed record SystemErrorPayload
{
    /// <summary>Stable, machine-readable: <c>invalid_json</c>, <c>unknown_type</c>, <c>invalid_payload</c>, <c>forbidden</c>, <c>rate_limited</c>, ...</summary>
    public required string Code { get; init; }
    public required string Message { get; init; }
    /// <summary>Each problem found in the frame, one sentence each.</summary>
    public IReadOnlyList<string>? Problems { get; init; }
    /// <summary>True when the connection stays open.</summary>
    public bool Recoverable { get; init; } = true;
}

public sealed record FullSyncResponsePayload
{
    public required string SnapshotId { get; init; }
    public required IReadOnlyList<ConversationNode> Conversations { get; init; }
    public required CreatorAnalytics Analytics { get; init; }
    public required GraphStats Graph { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
}

public sealed record AppendMessagePayload
{
    public required ConversationNode Conversation { get; init; }
    /// <summary>The conversation's newest message.</summary>
    public ChatMessage? Message { get; init; }
}

public sealed record AnalyticsUpdatePayload
{
    /// <summary>Only the sections that changed are set.</summary>
    public required CreatorAnalytics Analytics { get; init; }
}

public sealed record CommandToExecutePayload
{
    public required SendMessageCommand Command { get; init; }
}

public sealed record CommandStatusPayload
{
    public required SendMessageCommand Command { get; init; }
    public required CommandState State { get; init; }
    public string? Error { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}

public sealed record PongPayload
{
    public long? ClientTime { get; init; }
    /// <summary>Server clock in Unix milliseconds.</summary>
    public required long ServerTime { get; init; }
}

public sealed record MessageAckPayload
{
    /// <summary>The acknowledged frame's id.</summary>
    public required string Id { get; init; }
}

public sealed record ThreadHistoryPayload
{
    public required string ChatId { get; init; }
    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<ChatMessage> Messages { get; init; }
    public bool HasMore { get; init; }
}

public sealed record ThreadMessagePayload
{
    public required string ChatId { get; init; }
    public required ChatMessage Message { get; init; }
}

public sealed record StreamStartPayload
{
    public required string StreamId { get; init; }
    public required string ChatId { get; init; }
    /// <summary>The command this suggestion becomes when it ends.</summary>
    public string? CommandId { get; init; }
    public string? Reason { get; init; }
}

public sealed record StreamChunkPayload
{
    public required string StreamId { get; init; }
    public required int Index { get; init; }
    public required string Text { get; init; }
}

public sealed record StreamEndPayload
{
    public required string StreamId { get; init; }
    /// <summary>The whole suggested text.</summary>
    public required string Text { get; init; }
    public string? CommandId { get; init; }
    /// <summary><c>completed</c>, <c>fallback</c> (built-in engine after the model failed), or <c>error</c>.</summary>
    public string? FinishReason { get; init; }
}
