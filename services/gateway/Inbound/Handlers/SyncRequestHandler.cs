using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Messaging;

namespace Platform.Gateway.Inbound.Handlers;

/// <summary>A dashboard asks for the current state; the graph answers this connection with <c>full_sync_response</c>.</summary>
internal sealed class SyncRequestHandler(PipelineForwarder forwarder) : FrameHandler<SyncRequestMessage>
{
    protected override async ValueTask HandleAsync(GatewayConnection connection, SyncRequestMessage frame, CancellationToken cancellationToken)
    {
        var request = new RequestFullSync { UserId = connection.UserId, ConnectionId = connection.Id };
        await forwarder.ForwardAsync(connection, Pipelines.Graph, request, frame.Id, cancellationToken);
    }
}
