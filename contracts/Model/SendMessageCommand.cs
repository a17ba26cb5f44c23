using System.Text.Json.Serialization;

namespace Platform.Contracts.Model;

/// <summary>A message the Agent is asked to send to a fan in the creator's browser.</summary>
public sealed record SendMessageCommand
{
    public required string CommandId { get; init; }
    public required string ChatId { get; init; }
    /// <summary>Plain text; the Agent escapes it into the site's HTML.</summary>
    public required string Text { get; init; }
    /// <summary>Price of a paid (locked) message; null or 0 for a free one.</summary>
    public decimal? Price { get; init; }
    /// <summary>Why this was suggested (intent, rule), shown to the creator.</summary>
    public string? Reason { get; init; }
    public bool RequiresApproval { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Where a command is in its life.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommandState>))]
public enum CommandState
{
    [JsonStringEnumMemberName("pending_approval")] PendingApproval,
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("rejected")] Rejected,
    [JsonStringEnumMemberName("blocked")] Blocked,
    [JsonStringEnumMemberName("sent")] Sent,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("unknown")] Unknown,
}
