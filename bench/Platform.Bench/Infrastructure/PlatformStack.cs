namespace Platform.Bench.Infrastructure;

/// <summary>
/// The platform for a run: each service its own process from the Release build, in a RabbitMQ virtual host
/// and a PostgreSQL database of its own (as tests/e2e/lib/stack.mjs does). Logs go to .platform/bench/.
/// </summary>
public sealed class PlatformStack : IAsyncDisposable
{
    private static readonly (string Name, string Assembly)[] _services =
    [
        ("ingest", "Platform.Ingest"), ("graph", "Platform.Graph"), ("enrichment", "Platform.Enrichment"), ("gateway", "Platform.Gateway"),
    ];

    private readonly List<ChildProcess> _processes = [];

    private PlatformStack(RabbitVhost vhost, PostgresDatabase database)
    {
        Vhost = vhost;
        Database = database;
    }

    public RabbitVhost Vhost { get; }

    public PostgresDatabase Database { get; }

    public Uri GatewaySocket { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> Pids => _processes.ToDictionary(p => p.Name, p => p.Pid);

    public static async Task<PlatformStack> StartAsync(BenchEnvironment environment, string name)
    {
        var stack = new PlatformStack(await RabbitVhost.CreateAsync(environment, "bench"), await PostgresDatabase.CreateAsync(environment.PostgresUrl, "bench"));
        try
        {
            // The gateway last, as ./platform up does: the consumers declare the pipeline topology.
            foreach (var (service, assembly) in _services)
            {
                await stack.StartServiceAsync(environment, name, service, assembly);
            }
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }

        return stack;
    }

    private async Task StartServiceAsync(BenchEnvironment environment, string name, string service, string assembly)
    {
        var dll = environment.ServiceDll(service, assembly);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build the solution in Release first (bench/run.sh does)");
        }

        var port = ChildProcess.FreePort();
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["RABBITMQ_URL"] = Vhost.Uri.ToString(),
            ["POSTGRES_URL"] = Database.Url,
            ["PLATFORM_SIGNING_KEY"] = environment.SigningKey,
            ["PLATFORM_INSTANCE"] = $"{name}-{service}",
            // Production logging: per-message Information logs are not part of what is measured.
            ["Logging__LogLevel__Default"] = "Warning",
        };
        // Profiling: BENCH_LOG_LEVELS="Platform.Ingest=Debug,Platform.Graph=Debug" logs those categories too (distorts timings).
        foreach (var level in (Environment.GetEnvironmentVariable("BENCH_LOG_LEVELS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (category, value) = (level.Split('=')[0], level.Split('=')[^1]);
            env[$"Logging__LogLevel__{category}"] = value;
        }

        var process = ChildProcess.Start($"{name}-{service}", Path.Combine(environment.Root, "services", service), environment.LogDirectory, env, "dotnet", dll);
        _processes.Add(process);
        await process.WaitHealthyAsync(new Uri($"http://127.0.0.1:{port}/health"), TimeSpan.FromSeconds(90));
        if (service == "gateway")
        {
            GatewaySocket = new Uri($"ws://127.0.0.1:{port}/ws");
        }
    }

    /// <summary>
    /// Waits until the pipeline queues are empty, so that one step's backlog is not measured in the next.
    /// </summary>
    /// <returns>The messages still queued when the time ran out (0 when idle).</returns>
    public async Task<long> WaitIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        long depth;
        do
        {
            var queues = await Vhost.QueuesAsync();
            depth = queues.EnumerateArray()
                .Where(q => IsLivePath(q.GetProperty("name").GetString() ?? ""))
                .Sum(q => q.TryGetProperty("messages", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetInt64() : 0);
            if (depth == 0)
            {
                return 0;
            }

            await Task.Delay(1000);
        }
        while (DateTime.UtcNow < deadline);
        return depth;
    }

    // Enrichment is off the measured path (it runs beside it and is allowed to lag), so it is not waited for.
    private static bool IsLivePath(string queue) => queue.StartsWith("ingest", StringComparison.Ordinal) || queue.StartsWith("graph", StringComparison.Ordinal);

    /// <summary>Drops what the pipeline queues still hold, enrichment's backlog included.</summary>
    public async Task PurgePipelinesAsync()
    {
        var queues = await Vhost.QueuesAsync();
        foreach (var name in queues.EnumerateArray().Select(q => q.GetProperty("name").GetString() ?? "").Where(n => !n.StartsWith("gateway", StringComparison.Ordinal)))
        {
            await Vhost.PurgeAsync(name);
        }
    }

    /// <summary>VmRSS in KiB of each service.</summary>
    public Dictionary<string, long> Rss() => _processes.ToDictionary(p => p.Name.Split('-')[^1], p => Measurement.ProcessMemory.RssKiB(p.Pid));

    /// <summary>CPU of every service, the broker, the database and the load generator itself.</summary>
    public Measurement.CpuSampler Cpu()
    {
        var components = _processes.ToDictionary(p => p.Name.Split('-')[^1], p => (Func<IEnumerable<int>>)(() => [p.Pid]));
        components["rabbitmq"] = () => Measurement.CpuSampler.ByName("beam.smp");
        components["postgres"] = () => Measurement.CpuSampler.ByName("postgres");
        components["load generator"] = () => [Environment.ProcessId];
        return new Measurement.CpuSampler(components);
    }

    public int Pid(string service) => _processes.Single(p => p.Name.EndsWith("-" + service, StringComparison.Ordinal)).Pid;

    public async ValueTask DisposeAsync()
    {
        for (var i = _processes.Count - 1; i >= 0; i--)
        {
            await _processes[i].DisposeAsync();
        }

        await Vhost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
