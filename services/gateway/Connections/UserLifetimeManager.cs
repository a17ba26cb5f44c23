using Platform.Contracts.Wss;
using Platform.Gateway.Outbound;
using Platform.Messaging.Outbound;

namespace Platform.Gateway.Connections;

/// <summary>
/// Users arriving on and leaving this instance (binding the instance's broker queue to them), and
/// delivering a frame to the sockets of one user that an audience selects.
/// </summary>
internal sealed class UserLifetimeManager(ConnectionStore store, IUserBindings bindings)
{
    /// <summary>Binds first so that nothing published after the connection is visible gets lost.</summary>
    public async Task JoinAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        await bindings.AcquireAsync(connection.UserId, cancellationToken);
        store.Add(connection);
    }

    public async Task LeaveAsync(GatewayConnection connection)
    {
        if (store.Find(connection.Id) is null)
        {
            return;
        }

        store.Remove(connection);
        await bindings.ReleaseAsync(connection.UserId);
    }

    /// <summary>Queues the same bytes on every selected socket; returns how many got it.</summary>
    public int Deliver(string userId, AudienceKind audience, string? target, ReadOnlyMemory<byte> utf8Frame)
    {
        var delivered = 0;
        foreach (var connection in store.ForUser(userId))
        {
            if (Selects(connection, audience, target) && connection.TrySend(utf8Frame))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private static bool Selects(GatewayConnection connection, AudienceKind audience, string? target) => audience switch
    {
        AudienceKind.All => true,
        AudienceKind.Bridges => connection.Role == ClientRole.Bridge,
        AudienceKind.Agents => connection.Role == ClientRole.Agent,
        AudienceKind.Connection => target is not null && string.Equals(connection.Id, target, StringComparison.Ordinal),
        AudienceKind.Topic => target is not null && connection.Topics.Contains(target),
        _ => false,
    };
}
