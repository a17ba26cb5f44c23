using System.Text.Json.Serialization;
using Platform.Contracts.Capture;

namespace Platform.Contracts.Wss.Incoming;

/// <summary>A payload with no fields.</summary>
public sealed record EmptyPayload;

public sealed record CacheUpdatePayload
{
    public required string SnapshotId { get; init; }
    /// <summary>0-based.</summary>
    public required int ChunkIndex { get; init; }
    public required int ChunkCount { get; init; }
    public required IReadOnlyList<RawCapturedEvent> Events { get; init; }
}

public sealed record PingPayload
{
    /// <summary>Client clock in Unix milliseconds, echoed in <c>pong</c>.</summary>
    public long? ClientTime { get; init; }
}

public sealed record TopicPayload
{
    /// <summary>For example <c>chat:100000001</c>.</summary>
    public required string Topic { get; init; }
}

public sealed record SendMessagePayload
{
    public required string ChatId { get; init; }
    /// <summary>The text to send; for an approval, an edited text (null keeps the suggestion's).</summary>
    public string? Text { get; init; }
    public decimal? Price { get; init; }
    /// <summary>The suggested command this answers; null for a message the creator wrote.</summary>
    public string? CommandId { get; init; }
    /// <summary>With a command id: approve (default) or reject.</summary>
    public SendDecision? Decision { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<SendDecision>))]
public enum SendDecision
{
    [JsonStringEnumMemberName("approve")] Approve,
    [JsonStringEnumMemberName("reject")] Reject,
}

public sealed record CommandResultPayload
{
    public required string CommandId { get; init; }
    public required CommandOutcome Status { get; init; }
    public string? Error { get; init; }
    /// <summary>The id the site gave the sent message.</summary>
    public string? SiteMessageId { get; init; }
    public DateTimeOffset? ExecutedAt { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<CommandOutcome>))]
public enum CommandOutcome
{
    [JsonStringEnumMemberName("sent")] Sent,
    [JsonStringEnumMemberName("failed")] Failed,
}
