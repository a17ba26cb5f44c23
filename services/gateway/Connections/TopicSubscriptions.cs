using System.Collections.Concurrent;

namespace Platform.Gateway.Connections;

/// <summary>
/// The topics (<c>chat:123</c>) one connection subscribed to. The set is created on the first subscribe:
/// Agents never subscribe, and an empty concurrent dictionary costs each idle socket about half a kilobyte.
/// The read loop writes; the broker consumer reads concurrently.
/// </summary>
internal sealed class TopicSubscriptions
{
    private ConcurrentDictionary<string, byte>? _topics;

    public int Count => _topics?.Count ?? 0;

    public bool Contains(string topic) => _topics?.ContainsKey(topic) == true;

    /// <summary>False when <paramref name="topic"/> is new and <paramref name="limit"/> topics are already held.</summary>
    public bool TryAdd(string topic, int limit)
    {
        if (!Contains(topic) && Count >= limit)
        {
            return false;
        }

        var topics = LazyInitializer.EnsureInitialized(ref _topics, () => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
        topics.TryAdd(topic, 0);
        return true;
    }

    public void Remove(string topic) => _topics?.TryRemove(topic, out _);
}
