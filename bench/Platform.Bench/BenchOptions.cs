namespace Platform.Bench;

/// <summary>The sizes of a run: full (the numbers) or <c>--quick</c> (about a minute, harness check).</summary>
public sealed record BenchOptions
{
    public bool Quick { get; init; }

    /// <summary>Scenario names to run (all when empty): ceilings, peers, push, live, growth, snapshot, connections.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();

    public string ResultsDirectory { get; init; } = "bench/results";

    public int Users => Quick ? 10 : 100;

    /// <summary>The latency budget at which relays are compared ("delivered msgs/s at equal p99").</summary>
    public double RelayP99BudgetMs => 50;

    public TimeSpan RelayStep => Quick ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(3);

    public IReadOnlyList<double> RelayRates => Quick ? [1000] : [2000, 5000, 10000, 20000, 40000, 80000];

    public IReadOnlyList<double> LiveFixedRates => LiveRatesOverride ?? (Quick ? [50, 200] : [100, 1000, 5000]);

    /// <summary><c>--live-rates 100,1000</c>: only these fixed steps and no climb (for profiling one stage at a time).</summary>
    public IReadOnlyList<double>? LiveRatesOverride { get; init; }

    public TimeSpan LiveFixedStep => Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(15);

    public IReadOnlyList<double> LiveSearchRates => Quick ? [] : [2000, 3000, 4000, 5000, 6000, 8000, 10000];

    public TimeSpan LiveSearchStep => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(6);

    public TimeSpan LiveHold => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(30);

    public double LiveHoldP99BudgetMs => 100;

    public int GrowthBaseUsers => Quick ? 5 : 100;

    public double GrowthBaseRate => Quick ? 25 : 250;

    public TimeSpan GrowthStep => Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(10);

    public int SnapshotChats => Quick ? 100 : 10_000;

    public int SnapshotMessagesPerChat => 20;

    public int IdleConnections => Quick ? 200 : 10_000;

    public TimeSpan IdleHold => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(25);

    public bool Runs(string scenario) => Only.Count == 0 || Only.Contains(scenario);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with { Quick = true },
                "--only" => options with { Only = args[++i].Split(',').ToHashSet(StringComparer.Ordinal) },
                "--results" => options with { ResultsDirectory = args[++i] },
                "--live-rates" => options with { LiveRatesOverride = [.. args[++i].Split(',').Select(r => double.Parse(r, System.Globalization.CultureInfo.InvariantCulture))] },
                _ => throw new ArgumentException($"unknown option {args[i]} (--quick, --only a,b, --results DIR, --live-rates r1,r2)"),
            };
        }

        return options;
    }
}
