using System.Reflection;
using Microsoft.Extensions.Options;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Gateway.Inbound;

namespace Platform.Gateway.Connections;

/// <summary>The first frames of every connection: <c>connection_ack</c> (who, limits, intervals), then <c>system_status</c>.</summary>
internal sealed class ConnectionGreeting(IOptions<GatewayOptions> options)
{
    public const int ProtocolVersion = 1;

    private static readonly string _serverVersion =
        typeof(ConnectionGreeting).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private readonly GatewayOptions _options = options.Value;

    public void Greet(GatewayConnection connection)
    {
        connection.Send(new ConnectionAckMessage
        {
            Payload = new ConnectionAckPayload
            {
                ConnectionId = connection.Id,
                UserId = connection.UserId,
                Role = connection.Role,
                ServerVersion = _serverVersion,
                ProtocolVersion = ProtocolVersion,
                HeartbeatIntervalSeconds = _options.HeartbeatIntervalSeconds,
                KeepaliveIntervalSeconds = _options.KeepaliveIntervalSeconds,
                IdleTimeoutSeconds = _options.IdleTimeoutSeconds,
                Limits = new ConnectionLimits
                {
                    MaxFrameBytes = _options.MaxFrameBytes,
                    RateLimitPerSecond = _options.RateLimit.PerSecond,
                    RateLimitBurst = _options.RateLimit.Burst,
                    MaxOutboundQueueFrames = _options.OutboundQueue.MaxFrames,
                    MaxOutboundQueueBytes = _options.OutboundQueue.MaxBytes,
                },
            },
        });
        connection.Send(GatewayFrames.Status(SystemStatus.Connected));
    }
}
