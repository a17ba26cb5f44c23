using System.Text.Json.Serialization;
using Platform.Contracts.Wss.Incoming;

namespace Platform.Contracts.Wss;

/// <summary>
/// A frame a client sends: <c>{"type": "...", "payload": {...}, "id": "..."}</c>.
/// One record per <c>type</c>; the payload records live in <c>Wss/Incoming</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CacheUpdateMessage), "cache_update")]
[JsonDerivedType(typeof(NewRawMessageMessage), "new_raw_message")]
[JsonDerivedType(typeof(KeepaliveMessage), "keepalive")]
[JsonDerivedType(typeof(PingMessage), "ping")]
[JsonDerivedType(typeof(SubscribeMessage), "subscribe")]
[JsonDerivedType(typeof(UnsubscribeMessage), "unsubscribe")]
[JsonDerivedType(typeof(SendMessageMessage), "send_message")]
[JsonDerivedType(typeof(CommandResultMessage), "command_result")]
[JsonDerivedType(typeof(SyncRequestMessage), "sync_request")]
public abstract record IncomingWssMessage
{
    /// <summary>Client correlation id; a frame with an id is answered by <c>message_ack</c> once durably accepted.</summary>
    public string? Id { get; init; }
}

/// <summary>One chunk of a snapshot of everything the Agent holds.</summary>
[SentBy(ClientRole.Agent)]
public sealed record CacheUpdateMessage : IncomingWssMessage
{
    public required CacheUpdatePayload Payload { get; init; }
}

/// <summary>One captured event (a delta).</summary>
[SentBy(ClientRole.Agent)]
public sealed record NewRawMessageMessage : IncomingWssMessage
{
    public required Capture.RawCapturedEvent Payload { get; init; }
}

/// <summary>The Agent's liveness frame (every 20 s); accepted and ignored.</summary>
[SentBy(ClientRole.Agent, ClientRole.Bridge)]
public sealed record KeepaliveMessage : IncomingWssMessage
{
    public EmptyPayload? Payload { get; init; }
}

/// <summary>The dashboard's heartbeat; answered with <c>pong</c>.</summary>
[SentBy(ClientRole.Agent, ClientRole.Bridge)]
public sealed record PingMessage : IncomingWssMessage
{
    public PingPayload? Payload { get; init; }
}

[SentBy(ClientRole.Bridge)]
public sealed record SubscribeMessage : IncomingWssMessage
{
    public required TopicPayload Payload { get; init; }
}

[SentBy(ClientRole.Bridge)]
public sealed record UnsubscribeMessage : IncomingWssMessage
{
    public required TopicPayload Payload { get; init; }
}

/// <summary>The dashboard sends a message, or approves / edits / rejects a suggested command.</summary>
[SentBy(ClientRole.Bridge)]
public sealed record SendMessageMessage : IncomingWssMessage
{
    public required SendMessagePayload Payload { get; init; }
}

/// <summary>The Agent reports how a command went.</summary>
[SentBy(ClientRole.Agent)]
public sealed record CommandResultMessage : IncomingWssMessage
{
    public required CommandResultPayload Payload { get; init; }
}

/// <summary>The dashboard asks for a fresh <c>full_sync_response</c> of the current state.</summary>
[SentBy(ClientRole.Bridge)]
public sealed record SyncRequestMessage : IncomingWssMessage
{
    public EmptyPayload? Payload { get; init; }
}
