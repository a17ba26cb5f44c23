using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Gateway.Connections;

namespace Platform.Gateway.Inbound.Handlers;

internal sealed class PingHandler(TimeProvider clock) : FrameHandler<PingMessage>
{
    protected override ValueTask HandleAsync(GatewayConnection connection, PingMessage frame, CancellationToken cancellationToken)
    {
        connection.Send(new PongMessage
        {
            Id = frame.Id,
            Payload = new PongPayload { ClientTime = frame.Payload?.ClientTime, ServerTime = clock.GetUtcNow().ToUnixTimeMilliseconds() },
        });
        return ValueTask.CompletedTask;
    }
}
