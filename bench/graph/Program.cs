using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Graph.Bench;
using Platform.Graph.Extensions;
using Platform.Graph.Processing;
using Platform.Messaging;
using Platform.Messaging.Outbound;
using Platform.ServiceDefaults;

// Graph timings on this machine's PostgreSQL (POSTGRES_URL), in a throw-away database.
const int SnapshotMessages = 100_000, Fans = 2_000, ChunkSize = 5_000, Deltas = 3_000, DeltaRate = 1_000;
var admin = PlatformConnections.FromUrl(Environment.GetEnvironmentVariable("POSTGRES_URL") ?? PlatformConnections.DefaultPostgresUrl);
var database = "bench_graph_" + Guid.NewGuid().ToString("N")[..8];
await using (var connection = new NpgsqlConnection(admin))
{
    await connection.OpenAsync();
    await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection).ExecuteNonQueryAsync();
}

var builder = WebApplication.CreateSlimBuilder();
builder.Configuration["ConnectionStrings:postgres"] = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
// --synchronous-commit: wait for the WAL flush on every graph commit (the default does not; see GraphDataSource).
builder.Configuration["Graph:SynchronousCommit"] = args.Contains("--synchronous-commit") ? "true" : "false";
builder.Logging.ClearProviders();
builder.AddGraphServices();
var outbound = new NullOutboundPublisher();
builder.Services.Replace(ServiceDescriptor.Singleton<IOutboundPublisher>(outbound));
builder.Services.AddSingleton<IPipelineSender>(_ => throw new NotSupportedException());
await using var app = builder.Build();
await app.StartAsync();
var ingest = app.Services.GetRequiredService<IngestHandler>();
var snapshots = app.Services.GetRequiredService<SnapshotHandler>();
const string User = "bench-user";
var t0 = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

NormalizedMessage Message(int n, int fan, int minute) => new()
{
    MessageId = $"{n}", ChatId = $"{fan}", FromUserId = $"{fan}", Direction = n % 3 == 0 ? MessageDirection.Out : MessageDirection.In,
    TextHtml = $"<p>message {n}</p>", TextPlain = $"message {n}", CreatedAt = t0.AddMinutes(minute),
};

Console.WriteLine($"graph bench, load average {File.ReadAllText("/proc/loadavg")[..14]} on {Environment.ProcessorCount} cores, synchronous commit {builder.Configuration["Graph:SynchronousCommit"]}");
Console.WriteLine("before (SQL recompute + full analytics rebuild per delta, synchronous commit; load avg ~20-57): chunks 11,162 ms, full sync 4,829 ms, delta p50 15.5 ms / p99 39.0 ms, 61 msgs/s achieved at 1,000/s offered");
var ingestWatch = Stopwatch.StartNew();
for (var chunk = 0; chunk * ChunkSize < SnapshotMessages; chunk++)
{
    var messages = Enumerable.Range(chunk * ChunkSize, ChunkSize).Select(n => Message(n, n % Fans, n)).ToList();
    var transactions = Enumerable.Range(chunk * 100, 100).Select(i => new NormalizedTransaction
    {
        TransactionId = $"t{i}", FanId = $"{i % Fans}", Kind = (TransactionKind)(i % 4), Amount = 5 + (i % 20), Status = "done", CreatedAt = t0.AddMinutes(i * 50),
    }).ToList();
    await ingest.HandleAsync(new MessagesIngested
    {
        UserId = User, Sequence = chunk, SnapshotId = "bench", Messages = messages, Transactions = transactions,
        Fans = [.. Enumerable.Range(0, Fans).Where(f => f % 20 == chunk).Select(f => new FanProfile { FanId = $"{f}", Name = $"Fan {f}" })],
        IngestedAt = DateTimeOffset.UtcNow,
    }, CancellationToken.None);
}

Console.WriteLine($"snapshot chunks stored (graph side of ingest): {ingestWatch.Elapsed.TotalMilliseconds:0} ms for {SnapshotMessages:N0} messages");
var syncWatch = Stopwatch.StartNew();
await snapshots.HandleAsync(new SnapshotIngested { UserId = User, SnapshotId = "bench", ChunkCount = SnapshotMessages / ChunkSize, IngestedAt = DateTimeOffset.UtcNow }, CancellationToken.None);
Console.WriteLine($"SnapshotIngested -> full_sync_response built and serialised: {syncWatch.Elapsed.TotalMilliseconds:0} ms ({outbound.Bytes / 1024:N0} KiB, target <= 3000 ms)");

var latencies = new List<double>(Deltas);
var pace = Stopwatch.StartNew();
for (var i = 0; i < Deltas; i++)
{
    var due = TimeSpan.FromSeconds((double)i / DeltaRate);
    while (pace.Elapsed < due)
    {
        await Task.Yield();
    }

    var n = SnapshotMessages + i;
    var started = Stopwatch.GetTimestamp();
    await ingest.HandleAsync(new MessagesIngested
    {
        UserId = User, Sequence = 1000 + i, Messages = [Message(n, n % Fans, n)], IngestedAt = DateTimeOffset.UtcNow,
    }, CancellationToken.None);
    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

latencies.Sort();
double P(double p) => latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Count) - 1, 0, latencies.Count - 1)];
Console.WriteLine($"delta -> append_message + analytics_update at {DeltaRate}/s offered ({Deltas / pace.Elapsed.TotalSeconds:0}/s achieved): p50 {P(0.5):0.00} ms, p99 {P(0.99):0.00} ms, max {latencies[^1]:0.00} ms (target p99 <= 5 ms)");

var profile = new DeltaProfile(app.Services.GetRequiredService<GraphCache>(), app.Services.GetRequiredService<Platform.Graph.Storage.IngestBatchWriter>());
for (var i = 0; i < 500; i++)
{
    var n = SnapshotMessages + Deltas + i;
    await profile.RunAsync(new MessagesIngested { UserId = User, Sequence = 10_000 + i, Messages = [Message(n, n % Fans, n)], IngestedAt = DateTimeOffset.UtcNow });
}

Console.WriteLine("delta steps (500 deltas, closed loop):");
profile.Print();

await app.StopAsync();
NpgsqlConnection.ClearAllPools();
await using (var connection = new NpgsqlConnection(admin))
{
    await connection.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
}
