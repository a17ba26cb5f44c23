using Platform.Contracts.Wss;

namespace Platform.Gateway;

/// <summary>The gateway's hot-path log messages, source-generated so a disabled level costs nothing.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "Connection {ConnectionId} opened: user {UserId}, role {Role}")]
    public static partial void ConnectionOpened(ILogger logger, string connectionId, string userId, ClientRole role);

    [LoggerMessage(2, LogLevel.Information, "Connection {ConnectionId} closed: {CloseStatus} {Reason}")]
    public static partial void ConnectionClosed(ILogger logger, string connectionId, string closeStatus, string? reason);

    [LoggerMessage(3, LogLevel.Debug, "Connection {ConnectionId} sent an invalid frame: {Code}")]
    public static partial void InvalidFrame(ILogger logger, string connectionId, string code);

    [LoggerMessage(4, LogLevel.Warning, "Connection {ConnectionId}: publishing to {Pipeline} failed: {Error}")]
    public static partial void PublishFailed(ILogger logger, string connectionId, string pipeline, string error);

    [LoggerMessage(5, LogLevel.Error, "Connection {ConnectionId}: handler for {FrameType} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string connectionId, string frameType);

    [LoggerMessage(6, LogLevel.Warning, "Connection {ConnectionId} closed as a slow consumer")]
    public static partial void SlowConsumer(ILogger logger, string connectionId);

    [LoggerMessage(7, LogLevel.Debug, "Connection {ConnectionId} transport ended: {Error}")]
    public static partial void TransportFault(ILogger logger, string connectionId, string error);

    [LoggerMessage(8, LogLevel.Warning, "Outbound frame dropped: header user {HeaderUser} does not match routing key {RoutingKey}")]
    public static partial void OutboundUserMismatch(ILogger logger, string? headerUser, string routingKey);

    [LoggerMessage(9, LogLevel.Warning, "Outbound frame dropped: unknown audience {Audience}")]
    public static partial void OutboundBadAudience(ILogger logger, string? audience);

    [LoggerMessage(10, LogLevel.Information, "Outbound queue {Queue} consuming from {Exchange}")]
    public static partial void OutboundConsuming(ILogger logger, string queue, string exchange);

    [LoggerMessage(11, LogLevel.Error, "Binding user {UserId} to the outbound queue failed")]
    public static partial void BindFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(12, LogLevel.Warning, "Refused {Path}: origin {Origin} is not allowed")]
    public static partial void OriginRefused(ILogger logger, string path, string origin);
}
