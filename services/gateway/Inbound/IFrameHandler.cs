using Platform.Contracts.Wss;
using Platform.Gateway.Connections;

namespace Platform.Gateway.Inbound;

/// <summary>Handles one incoming frame type; registered in <see cref="FrameHandlerRegistry"/> by its contract type.</summary>
internal interface IFrameHandler
{
    Type FrameType { get; }

    ValueTask HandleAsync(GatewayConnection connection, IncomingWssMessage frame, CancellationToken cancellationToken);
}

/// <summary>Typed base: the registry guarantees the cast.</summary>
internal abstract class FrameHandler<TFrame> : IFrameHandler
    where TFrame : IncomingWssMessage
{
    public Type FrameType => typeof(TFrame);

    public ValueTask HandleAsync(GatewayConnection connection, IncomingWssMessage frame, CancellationToken cancellationToken) =>
        HandleAsync(connection, (TFrame)frame, cancellationToken);

    protected abstract ValueTask HandleAsync(GatewayConnection connection, TFrame frame, CancellationToken cancellationToken);
}
