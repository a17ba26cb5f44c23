using RabbitMQ.Client;

namespace Platform.Messaging.GroupCommit;

/// <summary>The channels a partition queue was consumed on, newest last. Used under the commit queue's lock.</summary>
internal sealed class ChannelRegistry
{
    private readonly Dictionary<object, ChannelDeliveries> _channels = new(ReferenceEqualityComparer.Instance);
    private long _generations;

    /// <summary>The channel the queue is consumed on now (one consumer per queue): the only one whose inputs are committed.</summary>
    public ChannelDeliveries? Current { get; private set; }

    public ChannelDeliveries Open(object channel)
    {
        if (!_channels.TryGetValue(channel, out var deliveries))
        {
            deliveries = new ChannelDeliveries(channel, ++_generations);
            _channels.Add(channel, deliveries);
            // A receive task of a dead channel may start late; its channel must not displace the live one.
            if (IsOpen(channel))
            {
                Current = deliveries;
            }
        }

        return deliveries;
    }

    public ChannelDeliveries? Find(object channel) => _channels.GetValueOrDefault(channel);

    /// <summary>Forgets the dead channels that have nothing in flight and nothing waiting.</summary>
    public void Prune(Func<object, bool> hasWaiting)
    {
        foreach (var (channel, deliveries) in _channels)
        {
            if (deliveries != Current && deliveries.IsIdle && !hasWaiting(channel))
            {
                _channels.Remove(channel);
            }
        }
    }

    /// <summary>A closed channel cannot ack: its inputs come again on the next one. (Not a RabbitMQ channel: a test's.)</summary>
    public static bool IsOpen(object channel) => channel is not IChannel rabbit || rabbit.IsOpen;
}
