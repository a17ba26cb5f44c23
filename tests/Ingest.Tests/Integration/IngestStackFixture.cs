using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Platform.Contracts.Capture;
using Platform.Contracts.Messaging;
using Platform.Messaging;
using Platform.TestSupport;

namespace Platform.Ingest.Tests.Integration;

/// <summary>
/// The real ingest app on a fresh RabbitMQ virtual host and a fresh PostgreSQL database, plus a test
/// bus that sends captured traffic into the ingest pipeline and records what reaches the graph pipeline.
/// </summary>
public sealed class IngestStackFixture : IAsyncLifetime
{
    private readonly RabbitMqFixture _rabbit = new();
    private readonly PostgresFixture _postgres = new();
    private IHost? _testBus;

    public WebApplicationFactory<Program> Ingest { get; private set; } = null!;
    public RecordedMessages Recorded { get; } = new();
    public IPipelineSender Sender => _testBus!.Services.GetRequiredService<IPipelineSender>();
    public string ConnectionString => _postgres.ConnectionString;

    public async Task InitializeAsync()
    {
        await _rabbit.InitializeAsync();
        await _postgres.InitializeAsync();
        Ingest = StartIngest();
        _ = Ingest.Server;
        await Eventually.TrueAsync(TablesExistAsync, TimeSpan.FromSeconds(60), "ingest migrated its schema");

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["RABBITMQ_URL"] = _rabbit.Uri.ToString();
        builder.Services.AddSingleton(Recorded);
        builder.AddPlatformMessaging(
            x => x.AddConsumer<GraphRecorder>(),
            (context, cfg, options) => cfg.ReceivePartitions(context, Pipelines.Graph, options, e => MassTransit.RegistrationContextExtensions.ConfigureConsumer<GraphRecorder>(e, context)));
        _testBus = builder.Build();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _testBus.StartAsync(cts.Token);
    }

    /// <summary>A new ingest process on the same broker and database (the old one must be stopped first).</summary>
    public WebApplicationFactory<Program> StartIngest() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            // Platform.Messaging registers its singleton IPipelineSender over MassTransit's scoped
            // ISendEndpointProvider (resolved from the root: the bus); Development's scope validation rejects that, so these hosts run as "Testing".
            b.UseEnvironment("Testing");
            b.UseSetting("RABBITMQ_URL", _rabbit.Uri.ToString());
            b.UseSetting("POSTGRES_URL", _postgres.Url);
            b.UseSetting("PLATFORM_SIGNING_KEY", TestTokens.SigningKey);
            b.UseSetting("Ingest:SnapshotTimeout", "00:00:03");
            b.UseSetting("Ingest:SweepInterval", "00:00:00.500");
        });

    /// <summary>A graceful stop (as on SIGTERM: the bus stops first, in-flight inputs finish or go back to their queue), then a new process.</summary>
    public async Task RestartIngestAsync(Func<Task> whileStopped)
    {
        // WebApplicationFactory's dispose tears the container down without the host's graceful stop,
        // which a real process gets on SIGTERM: stop the bus first, as the host would.
        using (var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await Ingest.Services.GetRequiredService<MassTransit.IBusControl>().StopAsync(stopTimeout.Token);
        }

        await Ingest.DisposeAsync();
        await whileStopped();
        Ingest = StartIngest();
        _ = Ingest.Server;
    }

    public Task SendAsync(string userId, long sequence, IReadOnlyList<RawCapturedEvent> events, SnapshotChunkInfo? snapshot = null, string connection = "c1") =>
        Sender.SendAsync(Pipelines.Ingest, new IngestCapturedTraffic
        {
            UserId = userId,
            ConnectionId = connection,
            Sequence = sequence,
            Snapshot = snapshot,
            Events = events,
            ReceivedAt = DateTimeOffset.UtcNow,
        });

    /// <summary>Sends a whole snapshot as <paramref name="chunkCount"/> chunks; returns the next sequence number.</summary>
    public async Task<long> SendSnapshotAsync(string userId, string snapshotId, List<RawCapturedEvent> events, int chunkCount, long sequence, string connection = "c1")
    {
        var index = 0;
        foreach (var chunk in Bench.SyntheticCapture.Chunk(events, chunkCount))
        {
            await SendAsync(userId, sequence++, chunk, new SnapshotChunkInfo { SnapshotId = snapshotId, ChunkIndex = index++, ChunkCount = chunkCount }, connection);
        }

        return sequence;
    }

    public Task WaitForSnapshotAsync(string userId, string snapshotId) =>
        Eventually.TrueAsync(() => Recorded.Of<SnapshotIngested>(userId).Any(s => s.SnapshotId == snapshotId), TimeSpan.FromSeconds(90), $"snapshot {snapshotId} was ingested");

    public Task<TableDump> DumpAsync(string userId) => TableDump.ReadAsync(_postgres.ConnectionString, userId);

    public async Task<long> CountAsync(string table, string userId)
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM ingest.{table} WHERE user_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        if (_testBus is not null)
        {
            await _testBus.StopAsync();
            _testBus.Dispose();
        }

        await Ingest.DisposeAsync();
        await _postgres.DisposeAsync();
        await _rabbit.DisposeAsync();
    }

    private async Task<bool> TablesExistAsync()
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('ingest.ingested_inputs') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
