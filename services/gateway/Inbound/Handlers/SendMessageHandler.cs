using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Messaging;

namespace Platform.Gateway.Inbound.Handlers;

/// <summary>A dashboard's send or decision on a suggestion: to enrichment, which owns commands.</summary>
internal sealed class SendMessageHandler(PipelineForwarder forwarder, TimeProvider clock) : FrameHandler<SendMessageMessage>
{
    protected override async ValueTask HandleAsync(GatewayConnection connection, SendMessageMessage frame, CancellationToken cancellationToken)
    {
        var send = frame.Payload;
        var message = new SendMessageRequested
        {
            UserId = connection.UserId,
            ConnectionId = connection.Id,
            ChatId = send.ChatId,
            Text = send.Text,
            Price = send.Price,
            CommandId = send.CommandId,
            Decision = send.Decision,
            RequestedAt = clock.GetUtcNow(),
        };
        await forwarder.ForwardAsync(connection, Pipelines.Enrichment, message, frame.Id, cancellationToken);
    }
}
