namespace Platform.Messaging.GroupCommit;

/// <summary>
/// The order state of one AMQP channel of a partition queue: which tag the queue commits next, which tags are
/// being received, and which ended without needing a commit. Used under the commit queue's lock.
/// </summary>
internal sealed class ChannelDeliveries(object channel, long generation)
{
    private readonly HashSet<ulong> _inFlight = [];
    private readonly HashSet<ulong> _gone = [];
    private readonly SortedSet<ulong> _returned = [];

    public object Channel { get; } = channel;

    /// <summary>Channels in the order they were opened: only the newest is alive (one consumer per queue).</summary>
    public long Generation { get; } = generation;

    /// <summary>The lowest tag neither committed nor gone: nothing after it may be committed before it.</summary>
    public ulong Next { get; private set; } = 1;

    /// <summary>
    /// The lowest tag whose receive faulted (handed back to the broker: the channel or the endpoint is going down).
    /// It comes back as a redelivery, so nothing after it may be committed on this channel.
    /// </summary>
    public ulong? Returned => _returned.Count > 0 ? _returned.Min : null;

    public DateTime ReturnedAt { get; private set; }

    public bool IsIdle => _inFlight.Count == 0;

    public bool IsInFlight(ulong tag) => _inFlight.Contains(tag);

    public void Started(ulong tag) => _inFlight.Add(tag);

    /// <param name="acked">
    /// PostReceive: the message left the queue for good (consumed, moved to _skipped or _error).
    /// ReceiveFault: it was handed back, or its channel is dead.
    /// </param>
    public void Ended(ulong tag, bool acked, DateTime now)
    {
        _inFlight.Remove(tag);
        if (tag < Next)
        {
            // Committed already: its ack or its PostReceive came after the commit.
            return;
        }

        if (acked)
        {
            _gone.Add(tag);
            SkipGone();
        }
        else
        {
            if (_returned.Count == 0)
            {
                ReturnedAt = now;
            }

            _returned.Add(tag);
        }
    }

    /// <summary>Whether <paramref name="tag"/> is the next one to commit once the gone tags before it are passed.</summary>
    public bool Follows(ulong previous, ulong tag)
    {
        for (var t = previous + 1; t < tag; t++)
        {
            if (!_gone.Contains(t))
            {
                return false;
            }
        }

        return true;
    }

    public void Committed(ulong tag)
    {
        if (tag >= Next)
        {
            Next = tag + 1;
            SkipGone();
        }
    }

    /// <summary>Gives up the hold of the returned tags (they never came back while the channel lived on).</summary>
    public void ForgetReturned()
    {
        _gone.UnionWith(_returned);
        _returned.Clear();
        SkipGone();
    }

    private void SkipGone()
    {
        while (_gone.Remove(Next))
        {
            Next++;
        }
    }
}
