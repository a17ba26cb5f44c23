using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Platform.Contracts.Capture;
using Platform.Contracts.Messaging;
using Platform.Messaging;
using Platform.ServiceDefaults;

namespace Platform.Ingest.Bench;

/// <summary>
/// Sends generated traffic through the broker to a running ingest: times a snapshot to its committed rows in
/// PostgreSQL, and deltas to the <c>MessagesIngested</c> ingest emits (the bench consumes the graph pipeline,
/// so run it on a virtual host without a graph service).
/// </summary>
public sealed class IngestBench : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly NpgsqlDataSource _database;
    private readonly string _user = "bench-" + Guid.NewGuid().ToString("N")[..8];

    private IngestBench(IHost host, NpgsqlDataSource database)
    {
        _host = host;
        _database = database;
    }

    private IPipelineSender Sender => _host.Services.GetRequiredService<IPipelineSender>();

    private DeltaArrivals Arrivals => _host.Services.GetRequiredService<DeltaArrivals>();

    public static async Task<IngestBench> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<DeltaArrivals>();
        builder.AddPlatformMessaging(
            x => x.AddConsumer<DeltaArrivalConsumer>(),
            (context, cfg, options) => cfg.ReceivePartitions(context, Pipelines.Graph, options, e => e.ConfigureConsumer<DeltaArrivalConsumer>(context)));
        var host = builder.Build();
        await host.StartAsync();
        return new IngestBench(host, NpgsqlDataSource.Create(PlatformConnections.PostgresConnectionString(builder.Configuration)));
    }

    public async Task SnapshotAsync(int chats, int messagesPerChat)
    {
        var events = SyntheticCapture.Snapshot(chats, messagesPerChat);
        var expected = (long)chats * messagesPerChat;
        var chunks = SyntheticCapture.Chunk(events, Math.Max(1, events.Count / 400)).ToList();
        Console.WriteLine($"snapshot: {chats} chats, {expected} messages, {events.Count} events in {chunks.Count} chunks (user {_user})");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < chunks.Count; i++)
        {
            await SendAsync(i, chunks[i], new SnapshotChunkInfo { SnapshotId = "bench", ChunkIndex = i, ChunkCount = chunks.Count });
        }

        var sent = clock.Elapsed;
        while (await CountMessagesAsync() < expected)
        {
            await Task.Delay(20);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"snapshot: sent in {sent.TotalSeconds:0.00} s, committed in {seconds:0.00} s, {expected / seconds:0} messages/s (target < 5 s)");
    }

    /// <summary>Open loop: deltas leave on schedule whatever the latency, as a live creator's fans would send them.</summary>
    public async Task DeltaLatencyAsync(int count, int ratePerSecond)
    {
        Arrivals.UserId = _user;
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < count; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / ratePerSecond);
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var sequence = 1_000_000 + n;
            Arrivals.Sent(sequence);
            await SendAsync(sequence, [SyntheticCapture.SocketMessage(n % 100, n)], null);
        }

        var sendSeconds = clock.Elapsed.TotalSeconds;
        var deadline = Stopwatch.StartNew();
        while (Arrivals.Count < count && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        var latencies = Arrivals.Sorted();
        if (latencies.Length == 0)
        {
            Console.WriteLine("deltas: no MessagesIngested arrived (is a graph service consuming the graph pipeline on this virtual host?)");
            return;
        }

        Console.WriteLine($"deltas: {count} sent in {sendSeconds:0.00} s ({count / sendSeconds:0}/s offered), {latencies.Length} arrived: "
            + $"p50 {latencies[latencies.Length / 2]:0.0} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:0.0} ms, max {latencies[^1]:0.0} ms (send to MessagesIngested)");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _database.DisposeAsync();
    }

    private Task SendAsync(long sequence, IReadOnlyList<RawCapturedEvent> events, SnapshotChunkInfo? snapshot) =>
        Sender.SendAsync(Pipelines.Ingest, new IngestCapturedTraffic
        {
            UserId = _user, ConnectionId = "bench", Sequence = sequence, Snapshot = snapshot, Events = events, ReceivedAt = DateTimeOffset.UtcNow,
        });

    private async Task<long> CountMessagesAsync()
    {
        await using var command = _database.CreateCommand("SELECT count(*) FROM ingest.messages WHERE user_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = _user });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
