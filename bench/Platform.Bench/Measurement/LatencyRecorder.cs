using System.Diagnostics;
using HdrHistogram;

namespace Platform.Bench.Measurement;

/// <summary>Latencies in microseconds, from the time a message was SCHEDULED (so a stalled sender cannot hide queueing).</summary>
public sealed class LatencyRecorder
{
    private static readonly double _microsPerTick = 1_000_000.0 / Stopwatch.Frequency;
    private readonly LongHistogram _histogram = new(highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3);
    private readonly Lock _lock = new();

    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _histogram.TotalCount;
            }
        }
    }

    public void RecordSince(long scheduledTimestamp) => RecordMicros((long)((Stopwatch.GetTimestamp() - scheduledTimestamp) * _microsPerTick));

    public void RecordMicros(long micros)
    {
        lock (_lock)
        {
            _histogram.RecordValue(Math.Clamp(micros, 0, 600_000_000));
        }
    }

    public LatencySummary Summarize()
    {
        lock (_lock)
        {
            if (_histogram.TotalCount == 0)
            {
                return LatencySummary.Empty;
            }

            return new LatencySummary(
                _histogram.GetValueAtPercentile(50) / 1000.0,
                _histogram.GetValueAtPercentile(90) / 1000.0,
                _histogram.GetValueAtPercentile(99) / 1000.0,
                _histogram.GetMaxValue() / 1000.0);
        }
    }
}

/// <summary>Milliseconds.</summary>
public sealed record LatencySummary(double P50, double P90, double P99, double Max)
{
    public static LatencySummary Empty { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);
}
