using System.Globalization;
using Platform.Bench.Clients;

namespace Platform.Bench.Measurement;

/// <summary>
/// Drives an <see cref="IRelayPeer"/> with open-loop steps. A step that falls more than two seconds behind
/// is cut short: the system is saturated and waiting longer only grows the backlog.
/// </summary>
public sealed class RateSearch(IRelayPeer peer, int users, Action<string> log)
{
    private LoadStep? _current;
    private long _nextSeq;

    public Task ConnectAsync(CancellationToken cancellationToken) =>
        peer.ConnectAsync(users, seq => Volatile.Read(ref _current)?.Deliver(seq), cancellationToken);

    public LoadStep? Current => Volatile.Read(ref _current);

    /// <summary>One step at <paramref name="rate"/>; losses count as late as the end of the grace period.</summary>
    public async Task<StepResult> RunAsync(double rate, TimeSpan duration, string label, TimeSpan? grace = null)
    {
        var step = new LoadStep(_nextSeq, rate, duration);
        _nextSeq += step.Total;
        Volatile.Write(ref _current, step);
        using var saturated = new CancellationTokenSource();
        var schedule = step.RunScheduleAsync(seq => peer.Send((int)(seq % users), seq), saturated.Token);
        while (!schedule.IsCompleted)
        {
            if (step.Sent - step.Delivered > Math.Max(1000, rate * 2))
            {
                await saturated.CancelAsync();
            }

            await Task.WhenAny(schedule, Task.Delay(100));
        }

        await schedule;
        await step.DrainAsync(grace ?? TimeSpan.FromSeconds(3));
        step.RecordLosses();
        var result = step.Result();
        log(string.Create(CultureInfo.InvariantCulture,
            $"  {label} @ {rate:0}/s: delivered {result.Delivered}/{result.Sent} ({result.Throughput:0}/s) p50 {result.Latency.P50:0.00} p99 {result.Latency.P99:0.00} max {result.Latency.Max:0.0} ms"));
        return result;
    }

    /// <summary>Highest rate of the ladder whose step met the p99 budget with nothing lost (null if none did).</summary>
    public async Task<(StepResult? Best, StepResult? FirstMiss)> ClimbAsync(IEnumerable<double> rates, TimeSpan duration, double p99BudgetMs, string label)
    {
        StepResult? best = null;
        foreach (var rate in rates)
        {
            var result = await RunAsync(rate, duration, label);
            if (!result.Meets(p99BudgetMs))
            {
                return (best, result);
            }

            best = result;
        }

        return (best, null);
    }
}
