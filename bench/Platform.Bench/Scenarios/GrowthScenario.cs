using System.Globalization;
using Platform.Bench.Clients;
using Platform.Bench.Infrastructure;
using Platform.Bench.Live;
using Platform.Bench.Report;

namespace Platform.Bench.Scenarios;

/// <summary>The live path at 1x, 2x and 4x the users and the message rate: how latency and memory grow.</summary>
public static class GrowthScenario
{
    private const string Scenario = "6 cost growth";

    public static async Task RunAsync(BenchContext context, PlatformStack stack)
    {
        var options = context.Options;
        var gateway = new GatewayClient(stack.GatewaySocket, context.Environment.SigningKey);
        foreach (var factor in new[] { 1, 2, 4 })
        {
            await LivePathScenario.WaitIdleAsync(context, stack);
            var users = options.GrowthBaseUsers * factor;
            var rate = options.GrowthBaseRate * factor;
            await using var session = new LiveSession(gateway, $"growth{factor}", 8_100_000_000_000 + (factor * 1_000_000_000L), LivePathScenario.FansPerUser, context.Log);
            var search = new Measurement.RateSearch(session, users, context.Log);
            session.CurrentStep = () => search.Current;
            using (var connect = new CancellationTokenSource(TimeSpan.FromSeconds(180)))
            {
                await search.ConnectAsync(connect.Token);
            }

            await search.RunAsync(rate, TimeSpan.FromSeconds(2), "warm-up", TimeSpan.FromSeconds(10));
            var cpu = stack.Cpu();
            cpu.Start();
            var step = await search.RunAsync(rate, options.GrowthStep, $"{factor}x", TimeSpan.FromSeconds(10));
            context.Notes.Add($"CPU during cost growth {factor}x: {cpu.Stop()}.");
            var rss = stack.Rss();
            var row = ResultRow.FromStep(Scenario, $"{factor}x", step, string.Create(CultureInfo.InvariantCulture, $"{users} users, {rate:0}/s"));
            context.Add(row with
            {
                Other = string.Create(CultureInfo.InvariantCulture,
                    $"RSS gateway {rss.GetValueOrDefault("gateway") / 1024} MiB, ingest {rss.GetValueOrDefault("ingest") / 1024} MiB, graph {rss.GetValueOrDefault("graph") / 1024} MiB; {row.Other}"),
            });
        }
    }
}
