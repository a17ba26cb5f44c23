using System.Text.Json.Serialization;
using Platform.Contracts.Wss.Outgoing;

namespace Platform.Contracts.Wss;

/// <summary>
/// A frame the Brain sends to a client: <c>{"type": "...", "payload": {...}, "id": "..."}</c>.
/// One record per <c>type</c>; the payload records live in <c>Wss/Outgoing</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ConnectionAckMessage), "connection_ack")]
[JsonDerivedType(typeof(SystemStatusMessage), "system_status")]
[JsonDerivedType(typeof(SystemErrorMessage), "system_error")]
[JsonDerivedType(typeof(FullSyncResponseMessage), "full_sync_response")]
[JsonDerivedType(typeof(AppendMessageMessage), "append_message")]
[JsonDerivedType(typeof(AnalyticsUpdateMessage), "analytics_update")]
[JsonDerivedType(typeof(CommandToExecuteMessage), "command_to_execute")]
[JsonDerivedType(typeof(CommandStatusMessage), "command_status")]
[JsonDerivedType(typeof(PongMessage), "pong")]
[JsonDerivedType(typeof(MessageAckMessage), "message_ack")]
[JsonDerivedType(typeof(ThreadHistoryMessage), "thread_history")]
[JsonDerivedType(typeof(ThreadMessageMessage), "thread_message")]
[JsonDerivedType(typeof(StreamStartMessage), "stream_start")]
[JsonDerivedType(typeof(StreamChunkMessage), "stream_chunk")]
[JsonDerivedType(typeof(StreamEndMessage), "stream_end")]
public abstract record OutgoingWssMessage
{
    /// <summary>The id of the client frame this answers, when it answers one.</summary>
    public string? Id { get; init; }
}

public sealed record ConnectionAckMessage : OutgoingWssMessage
{
    public required ConnectionAckPayload Payload { get; init; }
}

public sealed record SystemStatusMessage : OutgoingWssMessage
{
    public required SystemStatusPayload Payload { get; init; }
}

public sealed record SystemErrorMessage : OutgoingWssMessage
{
    public required SystemErrorPayload Payload { get; init; }
}

public sealed record FullSyncResponseMessage : OutgoingWssMessage
{
    public required FullSyncResponsePayload Payload { get; init; }
}

public sealed record AppendMessageMessage : OutgoingWssMessage
{
    public required AppendMessagePayload Payload { get; init; }
}

public sealed record AnalyticsUpdateMessage : OutgoingWssMessage
{
    public required AnalyticsUpdatePayload Payload { get; init; }
}

/// <summary>An approved command for the Agent to execute (the dashboards get it too, to show it).</summary>
public sealed record CommandToExecuteMessage : OutgoingWssMessage
{
    public required CommandToExecutePayload Payload { get; init; }
}

/// <summary>A command's state changed: suggested and waiting for approval, approved, rejected, sent, failed, unknown.</summary>
public sealed record CommandStatusMessage : OutgoingWssMessage
{
    public required CommandStatusPayload Payload { get; init; }
}

public sealed record PongMessage : OutgoingWssMessage
{
    public required PongPayload Payload { get; init; }
}

/// <summary>The frame with this <see cref="OutgoingWssMessage.Id"/> was durably accepted (broker-confirmed).</summary>
public sealed record MessageAckMessage : OutgoingWssMessage
{
    public required MessageAckPayload Payload { get; init; }
}

public sealed record ThreadHistoryMessage : OutgoingWssMessage
{
    public required ThreadHistoryPayload Payload { get; init; }
}

public sealed record ThreadMessageMessage : OutgoingWssMessage
{
    public required ThreadMessagePayload Payload { get; init; }
}

public sealed record StreamStartMessage : OutgoingWssMessage
{
    public required StreamStartPayload Payload { get; init; }
}

public sealed record StreamChunkMessage : OutgoingWssMessage
{
    public required StreamChunkPayload Payload { get; init; }
}

public sealed record StreamEndMessage : OutgoingWssMessage
{
    public required StreamEndPayload Payload { get; init; }
}
