using System.Globalization;
using Platform.Bench.Infrastructure;
using Platform.Bench.Report;

namespace Platform.Bench.Scenarios;

/// <summary>What every scenario shares: where things are, the run's sizes, the rows and notes so far.</summary>
public sealed class BenchContext(BenchEnvironment environment, BenchOptions options)
{
    public BenchEnvironment Environment { get; } = environment;

    public BenchOptions Options { get; } = options;

    public List<ResultRow> Rows { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Delivered msgs/s at the relay p99 budget, by system, for the ratios of later rows.</summary>
    public Dictionary<string, double> Reference { get; } = new(StringComparer.Ordinal);

    public void Log(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

    public void Add(ResultRow row)
    {
        Rows.Add(row);
        Log($"{row.Scenario} / {row.System}: {row.Throughput?.ToString("0", CultureInfo.InvariantCulture)} msg/s p99 {row.Latency?.P99.ToString("0.00", CultureInfo.InvariantCulture)} ms {row.Other} {row.Ratio} {row.Status}");
    }

    /// <summary>"0.42x kestrel" for each reference measured so far.</summary>
    public string RatioTo(double? value, params string[] references) =>
        value is not { } v ? "" : string.Join(", ", references.Where(r => Reference.GetValueOrDefault(r) > 0).Select(r => string.Create(CultureInfo.InvariantCulture, $"{v / Reference[r]:0.00}x {r}")));

    /// <summary>Runs a scenario; a failure becomes an ERROR row instead of ending the run.</summary>
    public async Task GuardAsync(string scenario, string system, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception e)
        {
            Log($"{scenario} / {system} failed: {e}");
            Add(ResultRow.Failed(scenario, system, e));
        }
    }
}
