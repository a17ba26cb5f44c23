using System.Diagnostics;

namespace Platform.Bench.Measurement;

/// <summary>
/// One open-loop run at a fixed offered rate: message <c>seq</c> is due at <c>start + seq / rate</c>, whatever
/// happened to the previous ones. Remembers each message's scheduled time; each delivery is counted once.
/// </summary>
public sealed class LoadStep
{
    private readonly long[] _scheduled;
    private readonly int[] _delivered;
    private long _deliveredCount;

    public LoadStep(long firstSeq, double rate, TimeSpan duration)
    {
        FirstSeq = firstSeq;
        Rate = rate;
        Duration = duration;
        Total = Math.Max(1, (int)(rate * duration.TotalSeconds));
        _scheduled = new long[Total];
        _delivered = new int[Total];
    }

    public long FirstSeq { get; }

    public double Rate { get; }

    public TimeSpan Duration { get; }

    public int Total { get; }

    public LatencyRecorder Latency { get; } = new();

    /// <summary>Secondary latency (the live path: <c>message_ack</c>, the broker-confirmed accept).</summary>
    public LatencyRecorder Acks { get; } = new();

    public long Sent { get; private set; }

    public long Delivered => Interlocked.Read(ref _deliveredCount);

    public long StartedAt { get; private set; }

    public long EndedAt { get; private set; }

    public bool Contains(long seq) => seq >= FirstSeq && seq < FirstSeq + Total;

    public long ScheduledAt(long seq) => _scheduled[seq - FirstSeq];

    /// <summary>Counts a delivery of <paramref name="seq"/> once; false for duplicates and foreign seqs.</summary>
    public bool Deliver(long seq)
    {
        if (!Contains(seq) || Interlocked.Exchange(ref _delivered[seq - FirstSeq], 1) == 1)
        {
            return false;
        }

        Latency.RecordSince(_scheduled[seq - FirstSeq]);
        Interlocked.Increment(ref _deliveredCount);
        return true;
    }

    /// <summary>
    /// Runs the schedule on a dedicated thread (the thread pool may be busy with the sockets) and calls
    /// <paramref name="send"/> for every due message; send must only enqueue.
    /// </summary>
    public Task RunScheduleAsync(Action<long> send, CancellationToken cancellationToken) => Task.Factory.StartNew(() =>
    {
        var ticksPerMessage = Stopwatch.Frequency / Rate;
        StartedAt = Stopwatch.GetTimestamp();
        var next = 0;
        while (next < Total && !cancellationToken.IsCancellationRequested)
        {
            var due = Math.Min(Total, (int)((Stopwatch.GetTimestamp() - StartedAt) / ticksPerMessage) + 1);
            for (; next < due; next++)
            {
                _scheduled[next] = StartedAt + (long)(next * ticksPerMessage);
                send(FirstSeq + next);
            }

            Sent = next;
            Thread.Sleep(1);
        }

        EndedAt = Stopwatch.GetTimestamp();
    }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Waits until everything sent arrived, or the grace period passed.</summary>
    public async Task DrainAsync(TimeSpan grace, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(grace.TotalSeconds * Stopwatch.Frequency);
        while (Delivered < Sent && Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
        }
    }

    /// <summary>Undelivered messages count as late as the end of the grace period: losses show in the tail.</summary>
    public void RecordLosses()
    {
        for (var i = 0; i < Sent; i++)
        {
            if (Interlocked.Exchange(ref _delivered[i], 1) == 0)
            {
                Latency.RecordSince(_scheduled[i]);
            }
        }
    }

    public StepResult Result()
    {
        var seconds = Math.Max(1e-6, (EndedAt - StartedAt) / (double)Stopwatch.Frequency);
        return new StepResult(Rate, Sent, Delivered, Delivered / seconds, Latency.Summarize());
    }
}

/// <param name="Throughput">Delivered messages per second of the sending window.</param>
public sealed record StepResult(double OfferedRate, long Sent, long Delivered, double Throughput, LatencySummary Latency)
{
    public double DeliveredFraction => Sent == 0 ? 0 : Delivered / (double)Sent;

    public bool Meets(double p99Budget) => DeliveredFraction >= 0.999 && Latency.P99 <= p99Budget;
}
