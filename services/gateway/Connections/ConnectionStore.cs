using System.Collections.Concurrent;

namespace Platform.Gateway.Connections;

/// <summary>
/// The connections of this gateway instance, by id and by user. A user's list is copy-on-write:
/// the outbound path reads it on every frame without a lock, and connects/disconnects are rare.
/// </summary>
internal sealed class ConnectionStore
{
    private readonly ConcurrentDictionary<string, GatewayConnection> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GatewayConnection[]> _byUser = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Count => _byId.Count;

    public IEnumerable<GatewayConnection> All => _byId.Values;

    public void Add(GatewayConnection connection)
    {
        lock (_gate)
        {
            _byId[connection.Id] = connection;
            _byUser[connection.UserId] = _byUser.TryGetValue(connection.UserId, out var existing)
                ? [.. existing, connection]
                : [connection];
        }
    }

    public void Remove(GatewayConnection connection)
    {
        lock (_gate)
        {
            if (!_byId.TryRemove(connection.Id, out _) || !_byUser.TryGetValue(connection.UserId, out var existing))
            {
                return;
            }

            var remaining = Array.FindAll(existing, c => c != connection);
            if (remaining.Length == 0)
            {
                _byUser.TryRemove(connection.UserId, out _);
            }
            else
            {
                _byUser[connection.UserId] = remaining;
            }
        }
    }

    /// <summary>The user's connections on this instance; never another user's.</summary>
    public ReadOnlySpan<GatewayConnection> ForUser(string userId) =>
        _byUser.TryGetValue(userId, out var connections) ? connections : [];

    public GatewayConnection? Find(string connectionId) => _byId.GetValueOrDefault(connectionId);
}
