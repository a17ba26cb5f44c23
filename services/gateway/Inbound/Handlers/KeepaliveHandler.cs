using Platform.Contracts.Wss;
using Platform.Gateway.Connections;

namespace Platform.Gateway.Inbound.Handlers;

/// <summary>The Agent's liveness frame: receiving it already reset the idle timer; nothing else to do.</summary>
internal sealed class KeepaliveHandler : FrameHandler<KeepaliveMessage>
{
    protected override ValueTask HandleAsync(GatewayConnection connection, KeepaliveMessage frame, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
