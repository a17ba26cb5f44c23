using Platform.Contracts.Wss;

namespace Platform.Messaging.Outbound;

/// <summary>Sends a frame to some of one user's sockets, wherever (on whichever gateway) they are.</summary>
public interface IOutboundPublisher
{
    ValueTask PublishAsync(string userId, OutboundAudience audience, OutgoingWssMessage frame, CancellationToken cancellationToken = default);

    /// <summary>For a frame already serialised (for example one built once and sent to many users).</summary>
    ValueTask PublishAsync(string userId, OutboundAudience audience, ReadOnlyMemory<byte> utf8Frame, CancellationToken cancellationToken = default);
}
