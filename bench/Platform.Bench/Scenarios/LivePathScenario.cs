using System.Globalization;
using Platform.Bench.Clients;
using Platform.Bench.Infrastructure;
using Platform.Bench.Live;
using Platform.Bench.Measurement;
using Platform.Bench.Report;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Agent <c>new_raw_message</c> -> gateway -> ingest (committed) -> graph -> gateway -> dashboard
/// <c>append_message</c>, at fixed open-loop rates, then the highest rate held with p99 under 100 ms.
/// </summary>
public static class LivePathScenario
{
    public const int FansPerUser = 20;
    private const string Scenario = "3 live path";

    public static async Task RunAsync(BenchContext context, PlatformStack stack)
    {
        var options = context.Options;
        var gateway = new GatewayClient(stack.GatewaySocket, context.Environment.SigningKey);
        await using var session = new LiveSession(gateway, "live", 8_000_000_000_000, FansPerUser, context.Log);
        var search = new RateSearch(session, options.Users, context.Log);
        session.CurrentStep = () => search.Current;
        context.Log($"{Scenario}: {options.Users} users, {FansPerUser} fans each");
        using (var connect = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
        {
            await search.ConnectAsync(connect.Token);
        }

        // Warm-up: every chat gets its first message (JIT, connection pools, graph caches), not measured.
        var warmUpRate = options.Quick ? 100 : 500;
        await search.RunAsync(warmUpRate, TimeSpan.FromSeconds(options.Users * FansPerUser / (double)warmUpRate), "warm-up", TimeSpan.FromSeconds(20));

        var cpu = stack.Cpu();
        foreach (var rate in options.LiveFixedRates)
        {
            await WaitIdleAsync(context, stack);
            cpu.Start();
            var probe = ProbeMidwayAsync(context, stack, options.LiveFixedStep / 2, string.Create(CultureInfo.InvariantCulture, $"during the live path at {rate:0}/s"));
            var step = await search.RunAsync(rate, options.LiveFixedStep, "fixed", TimeSpan.FromSeconds(10));
            await probe;
            context.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"CPU during the live path at {rate:0}/s (% of one core; the machine has {Environment.ProcessorCount * 100}%): {cpu.Stop()}."));
            AddFixed(context, step, rate, search.Current!);
        }

        if (options.LiveRatesOverride is null)
        {
            await HighestHeldRateAsync(context, stack, search);
        }

        context.Log($"{Scenario}: system_error frames seen: {session.Errors}");
        await BottleneckProbe.RecordAsync(context, stack, "after the live path");
    }

    /// <summary>A step starts on an empty pipeline; a backlog that does not drain in time is written down.</summary>
    public static async Task WaitIdleAsync(BenchContext context, PlatformStack stack)
    {
        var left = await stack.WaitIdleAsync(TimeSpan.FromSeconds(context.Options.Quick ? 10 : 30));
        // Measuring the next step on top of a backlog would measure the backlog.
        await stack.PurgePipelinesAsync();
        if (left > 0)
        {
            context.Log($"  pipeline not drained: purged {left} queued messages");
            context.Notes.Add($"The pipeline did not drain between two steps: {left} queued messages were purged (the previous step saturated it).");
        }
    }

    private static async Task ProbeMidwayAsync(BenchContext context, PlatformStack stack, TimeSpan after, string when)
    {
        await Task.Delay(after);
        await BottleneckProbe.RecordQueuesAsync(context, stack, when);
    }

    private static void AddFixed(BenchContext context, StepResult step, double rate, LoadStep raw)
    {
        var acks = raw.Acks.Summarize();
        var row = ResultRow.FromStep(Scenario, "agent -> dashboard (append_message)", step, string.Create(CultureInfo.InvariantCulture, $"open loop {rate:0}/s, {context.Options.Users} users"));
        var isTarget = rate == 1000;
        var atFullRate = rate == 5000;
        row = row with
        {
            Other = row.Other + string.Create(CultureInfo.InvariantCulture, $"; message_ack p50 {acks.P50:0.0} p99 {acks.P99:0.0} ms"),
            Ratio = context.RatioTo(step.Throughput, "kestrel", "rabbitmq"),
            Target = isTarget ? "p99 <= 25 ms" : atFullRate ? "delivers 5,000/s" : "",
            Status = isTarget ? (step.Meets(25) ? RowStatus.Pass : RowStatus.Miss)
                : atFullRate ? (step.DeliveredFraction >= 0.999 && step.Throughput >= 4900 ? RowStatus.Pass : RowStatus.Miss)
                : RowStatus.Info,
        };
        context.Add(row);
    }

    /// <summary>A short climb with short steps, then the best candidate held for the full window (stepping down once if it fails).</summary>
    private static async Task HighestHeldRateAsync(BenchContext context, PlatformStack stack, RateSearch search)
    {
        var options = context.Options;
        await WaitIdleAsync(context, stack);
        var (best, miss) = await search.ClimbAsync(options.LiveSearchRates, options.LiveSearchStep, options.LiveHoldP99BudgetMs, "search");
        var candidates = new List<double>();
        if (best is not null)
        {
            candidates.Add(best.OfferedRate);
            var lower = options.LiveSearchRates.Where(r => r < best.OfferedRate).DefaultIfEmpty(best.OfferedRate / 2).Max();
            candidates.Add(lower);
        }
        else
        {
            // Nothing of the ladder held (or --quick has no ladder): try half its start.
            candidates.Add((options.LiveSearchRates.Count > 0 ? options.LiveSearchRates[0] : options.LiveFixedRates[^1]) / 2);
        }

        StepResult? held = null;
        foreach (var rate in candidates)
        {
            await WaitIdleAsync(context, stack);
            held = await search.RunAsync(rate, options.LiveHold, "hold", TimeSpan.FromSeconds(10));
            if (held.Meets(options.LiveHoldP99BudgetMs))
            {
                break;
            }
        }

        var passed = held!.Meets(options.LiveHoldP99BudgetMs);
        var row = ResultRow.FromStep(Scenario, "highest rate held", held, string.Create(CultureInfo.InvariantCulture,
            $"{held.OfferedRate:0}/s for {options.LiveHold.TotalSeconds:0} s, p99 < {options.LiveHoldP99BudgetMs:0} ms{(miss is not null ? $" (climb failed at {miss.OfferedRate:0}/s: p99 {miss.Latency.P99:0} ms)" : "")}"));
        context.Add(row with
        {
            Ratio = context.RatioTo(held.Throughput, "kestrel", "rabbitmq"),
            Target = ">= 5,000 msgs/s",
            Status = passed && held.Throughput >= 4900 ? RowStatus.Pass : RowStatus.Miss,
        });
    }
}
