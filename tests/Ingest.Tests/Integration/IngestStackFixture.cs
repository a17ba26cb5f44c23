using System.Net.Http.Json;
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
        await IngestConsumesAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["RABBITMQ_URL"] = _rabbit.Uri.ToString();
        builder.Services.AddSingleton(Recorded);
        builder.AddPlatformMessaging(
            x => x.AddConsumer<GraphRecorder>(),
            (context, cfg, options) => cfg.ReceivePartitions(context, Pipelines.Graph, options, e => MassTransit.RegistrationContextExtensions.ConfigureConsumer<GraphRecorder>(e, context)));
        _testBus = builder.Build();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _testBus.StartAsync(cts.Token);
        // Ingest's sends into the graph pipeline are dropped by the exchange until these queues are bound.
        await ConsumesAsync(_testBus.Services, "the test bus consumes the graph pipeline");
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
        await IngestConsumesAsync();
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

    public async Task WaitForSnapshotAsync(string userId, string snapshotId)
    {
        try
        {
            await Eventually.TrueAsync(() => Recorded.Of<SnapshotIngested>(userId).Any(s => s.SnapshotId == snapshotId), TimeSpan.FromSeconds(90), $"snapshot {snapshotId} was ingested");
        }
        catch (TimeoutException e)
        {
            // Which chunks are in, which inputs were committed but never sent, and where the rest waits (or died).
            throw new TimeoutException($"{e.Message} {await DescribeAsync(userId, snapshotId)}", e);
        }
    }

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

    /// <summary>
    /// Starts the host (its schema is migrated before the bus starts) and waits until every partition endpoint
    /// consumes: the bus starts in the background, and until its queues are bound the exchange drops what is sent.
    /// </summary>
    private Task IngestConsumesAsync() => ConsumesAsync(Ingest.Services, "ingest consumes its partition queues");

    private static Task ConsumesAsync(IServiceProvider services, string because)
    {
        var bus = services.GetRequiredService<MassTransit.IBusControl>();
        return Eventually.TrueAsync(() => bus.CheckHealth().Status == MassTransit.BusHealthStatus.Healthy, TimeSpan.FromSeconds(60), because);
    }

    private async Task<string> DescribeAsync(string userId, string snapshotId)
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT coalesce((SELECT status || ', chunks ' || array_to_string(ARRAY(SELECT unnest(received) ORDER BY 1), ',')
                             FROM ingest.snapshot_progress WHERE user_id = $1 AND snapshot_id = $2), 'no progress row')
                || '; inputs not sent: ' || coalesce((SELECT string_agg(input_key, ',') FROM ingest.ingested_inputs WHERE user_id = $1 AND NOT published), 'none')
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = snapshotId });
        var progress = (string)(await command.ExecuteScalarAsync())!;
        using var http = _rabbit.ManagementClient();
        var queues = await http.GetFromJsonAsync<List<QueueDepth>>($"api/queues/{Uri.EscapeDataString(_rabbit.VirtualHost)}?columns=name,messages,consumers");
        var waiting = string.Join(", ", queues!.Where(q => q.Messages > 0).Select(q => $"{q.Name}={q.Messages} ({q.Consumers} consumers)"));
        return $"Snapshot {snapshotId}: {progress}. Queues holding messages: {(waiting.Length > 0 ? waiting : "none")}.";
    }

    private sealed record QueueDepth(string Name, int Messages, int Consumers);
}
