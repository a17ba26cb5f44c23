using Platform.Contracts.Wss;
using Platform.Gateway.Connections;

namespace Platform.Gateway.Inbound.Handlers;

internal sealed class UnsubscribeHandler : FrameHandler<UnsubscribeMessage>
{
    protected override ValueTask HandleAsync(GatewayConnection connection, UnsubscribeMessage frame, CancellationToken cancellationToken)
    {
        connection.Topics.Remove(frame.Payload.Topic);
        if (frame.Id is not null)
        {
            connection.Send(GatewayFrames.Ack(frame.Id));
        }

        return ValueTask.CompletedTask;
    }
}
