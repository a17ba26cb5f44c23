using Microsoft.Extensions.Logging;

namespace Platform.Messaging.GroupCommit;

/// <summary>Reports a partition whose next delivery tag keeps the inputs behind it waiting for long (diagnostics only).</summary>
internal sealed class StallWatch(string queue, ILogger logger)
{
    private (object Channel, ulong Tag)? _blockedOn;
    private DateTime _since;
    private bool _reported;

    public void Clear() => _blockedOn = null;

    public void Blocked(ChannelDeliveries? channel)
    {
        if (channel is null)
        {
            return;
        }

        var now = DateTime.UtcNow;
        var blockedOn = (channel.Channel, channel.Next);
        if (_blockedOn != blockedOn)
        {
            (_blockedOn, _since, _reported) = (blockedOn, now, false);
        }
        else if (!_reported && now - _since >= GroupCommitOptions.SlowDeliveryWarning)
        {
            _reported = true;
            var state = channel.Returned is { } returned ? $"tag {returned} was handed back to the broker"
                : !ChannelRegistry.IsOpen(channel.Channel) ? "its channel is closed"
                : channel.IsInFlight(channel.Next) ? "still being received or retried"
                : "not received yet";
            GroupCommitLog.DeliveryAwaited(logger, queue, channel.Next, (now - _since).TotalSeconds, state);
        }
    }

    /// <summary>
    /// A tag handed back while its channel lives on comes again as a new, later tag, behind the inputs it holds: with
    /// prefetch full of them it never could. After a while they go on without it (its order is lost, not the partition).
    /// </summary>
    public void ReleaseReturnedHold(ChannelDeliveries channel)
    {
        if (channel.Returned is { } returned && ChannelRegistry.IsOpen(channel.Channel)
            && DateTime.UtcNow - channel.ReturnedAt >= GroupCommitOptions.ReturnedHoldLimit)
        {
            GroupCommitLog.ReturnedHoldReleased(logger, queue, returned, GroupCommitOptions.ReturnedHoldLimit.TotalSeconds);
            channel.ForgetReturned();
        }
    }
}
