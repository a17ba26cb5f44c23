using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;

namespace Platform.Gateway.Inbound;

/// <summary>The frames the gateway itself answers with.</summary>
internal static class GatewayFrames
{
    /// <summary>The broker did not confirm in time; the client keeps the frame and resends it.</summary>
    public const string Unavailable = "unavailable";

    public const string LimitExceeded = "limit_exceeded";

    public static SystemErrorMessage Error(string code, string message, string? frameId, IReadOnlyList<string>? problems = null) => new()
    {
        Id = frameId,
        Payload = new SystemErrorPayload { Code = code, Message = message, Problems = problems is { Count: > 0 } ? problems : null },
    };

    /// <summary>A frame that is never accepted, however often it is sent: the client drops it.</summary>
    public static SystemErrorMessage Refused(string code, string message, string? frameId) => new()
    {
        Id = frameId,
        Payload = new SystemErrorPayload { Code = code, Message = message, Recoverable = false },
    };

    public static MessageAckMessage Ack(string frameId) => new() { Id = frameId, Payload = new MessageAckPayload { Id = frameId } };

    public static SystemStatusMessage Status(SystemStatus status, string? detail = null) =>
        new() { Payload = new SystemStatusPayload { Status = status, Detail = detail } };
}
