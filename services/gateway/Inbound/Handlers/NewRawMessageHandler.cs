using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Messaging;

namespace Platform.Gateway.Inbound.Handlers;

/// <summary>One captured event (a delta): to ingest, user id from the token, never from the payload.</summary>
internal sealed class NewRawMessageHandler(PipelineForwarder forwarder, TimeProvider clock) : FrameHandler<NewRawMessageMessage>
{
    protected override async ValueTask HandleAsync(GatewayConnection connection, NewRawMessageMessage frame, CancellationToken cancellationToken)
    {
        var message = new IngestCapturedTraffic
        {
            UserId = connection.UserId,
            ConnectionId = connection.Id,
            Sequence = connection.NextSequence(),
            ClientMessageId = frame.Id,
            Events = [frame.Payload],
            ReceivedAt = clock.GetUtcNow(),
        };
        await forwarder.ForwardAsync(connection, Pipelines.Ingest, message, frame.Id, cancellationToken);
    }
}
