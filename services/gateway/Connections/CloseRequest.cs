using System.Net.WebSockets;

namespace Platform.Gateway.Connections;

/// <summary>Why the gateway closes a socket; the codes are listed in docs/gateway.md.</summary>
internal sealed record CloseRequest(WebSocketCloseStatus Status, string Reason)
{
    public const int SlowConsumerCode = 4008;
    public const int IdleTimeoutCode = 4000;

    public static CloseRequest SlowConsumer { get; } = new((WebSocketCloseStatus)SlowConsumerCode, "slow_consumer: resynchronise");

    public static CloseRequest IdleTimeout { get; } = new((WebSocketCloseStatus)IdleTimeoutCode, "idle_timeout");

    public static CloseRequest TooBig(int limit) => new(WebSocketCloseStatus.MessageTooBig, $"frame_too_large: limit is {limit} bytes");

    public static CloseRequest Normal { get; } = new(WebSocketCloseStatus.NormalClosure, "");

    public static CloseRequest ShuttingDown { get; } = new(WebSocketCloseStatus.EndpointUnavailable, "server_shutting_down");

    public static CloseRequest Unavailable { get; } = new(WebSocketCloseStatus.InternalServerError, "unavailable");
}
