using System.Diagnostics;

namespace Platform.Gateway.Transport;

/// <summary>
/// A per-connection token bucket. Only the connection's read loop touches it, so it needs no lock;
/// refilling is computed lazily from the clock instead of by a timer per socket.
/// </summary>
internal sealed class TokenBucket(int perSecond, int burst)
{
    private readonly double _perTick = perSecond / (double)Stopwatch.Frequency;
    private double _tokens = burst;
    private long _last = Stopwatch.GetTimestamp();

    public bool TryTake()
    {
        var now = Stopwatch.GetTimestamp();
        _tokens = Math.Min(burst, _tokens + ((now - _last) * _perTick));
        _last = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }
}
