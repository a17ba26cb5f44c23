using Platform.Bench.Infrastructure;
using Platform.Bench.Report;
using Platform.Bench.Scenarios;

namespace Platform.Bench;

/// <summary>The order of a run: ceilings and peers first (nothing else running), then the platform's scenarios on one stack.</summary>
public static class BenchRunner
{
    private static readonly string[] _stackScenarios = ["push", "live", "growth", "snapshot", "connections"];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var started = DateTimeOffset.UtcNow;
        var root = Environment.GetEnvironmentVariable("BENCH_ROOT") ?? FindRoot();
        var context = new BenchContext(BenchEnvironment.FromEnvironment(root), options);
        context.Log($"bench{(options.Quick ? " --quick" : "")}: logs in {context.Environment.LogDirectory}");

        if (options.Runs("ceilings"))
        {
            await RelayScenarios.RunCeilingsAsync(context);
        }

        if (options.Runs("peers"))
        {
            await RelayScenarios.RunPeersAsync(context);
        }

        if (_stackScenarios.Any(options.Runs))
        {
            await RunOnStackAsync(context);
        }

        var run = new BenchRun
        {
            StartedAt = started,
            Duration = DateTimeOffset.UtcNow - started,
            Quick = options.Quick,
            Commit = Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "?",
            Machine = MachineInfo.Current(),
            Rows = context.Rows,
            Notes = context.Notes,
        };
        var json = await ResultsWriter.WriteAsync(Path.Combine(root, options.ResultsDirectory), run);
        if (!options.Quick && options.Only.Count == 0)
        {
            await ResultsWriter.UpdateReadmeAsync(Path.Combine(root, "bench", "README.md"), run);
        }

        Console.WriteLine();
        Console.WriteLine($"Machine: {run.Machine}; {run.Duration.TotalMinutes:0.0} min");
        Console.WriteLine();
        Console.WriteLine(MarkdownTable.Render(context.Rows));
        Console.WriteLine($"Results: {json}");
        return context.Rows.Any(r => r.Status == RowStatus.Error) ? 2 : 0;
    }

    private static async Task RunOnStackAsync(BenchContext context)
    {
        var options = context.Options;
        PlatformStack stack;
        try
        {
            context.Log("starting the platform (Release build, fresh vhost and database)");
            stack = await PlatformStack.StartAsync(context.Environment, "bench");
        }
        catch (Exception e)
        {
            context.Log($"the platform did not start: {e}");
            context.Add(ResultRow.Failed("3 live path", "platform stack", e));
            return;
        }

        await using (stack)
        {
            if (options.Runs("push"))
            {
                await RelayScenarios.RunPushPathAsync(context, stack);
            }

            if (options.Runs("live"))
            {
                await context.GuardAsync("3 live path", "agent -> dashboard", () => LivePathScenario.RunAsync(context, stack));
            }

            if (options.Runs("growth"))
            {
                await context.GuardAsync("6 cost growth", "live path", () => GrowthScenario.RunAsync(context, stack));
            }

            if (options.Runs("snapshot"))
            {
                await context.GuardAsync("4 snapshot", "cache_update -> full_sync_response", () => SnapshotScenario.RunAsync(context, stack));
            }

            if (options.Runs("connections"))
            {
                await context.GuardAsync("5 connections", "idle sockets", () => ConnectionsScenario.RunAsync(context, stack));
            }
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (Platform.sln not found) or set BENCH_ROOT");
    }
}
