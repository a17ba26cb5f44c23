using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Contracts.Capture;
using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Ingest.Consumers;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Infrastructure;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans;
using Platform.Messaging;
using Platform.Messaging.Outbound;
using Platform.TestSupport;
using Platform.Ingest.Tests.Support;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Consumers;

/// <summary>The consumer on the MassTransit test harness, writing to a real PostgreSQL database.</summary>
public sealed class IngestCapturedTrafficConsumerTests : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly PostgresFixture _postgres;
    private readonly RecordingPipelineSender _sender = new();
    private readonly RecordingOutboundPublisher _outbound = new();
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N")[..8];
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public IngestCapturedTrafficConsumerTests(PostgresFixture postgres) => _postgres = postgres;

    public async Task InitializeAsync()
    {
        _services = (await IngestServices.CreateAsync(_postgres.ConnectionString, _sender, _outbound))
            .AddSingleton<IngestGroupCommit>()
            .AddMassTransitTestHarness(x =>
            {
                x.AddConsumer<IngestCapturedTrafficConsumer>();
                x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(10));
            })
            .BuildServiceProvider(true);
        _harness = _services.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task ConsumeAsync(long sequence, SnapshotChunkInfo? snapshot, params RawCapturedEvent[] events)
    {
        var delivery = Guid.NewGuid().ToString("N");
        var input = new IngestCapturedTraffic
        {
            UserId = _user, ConnectionId = "c1", Sequence = sequence, ClientMessageId = delivery, Snapshot = snapshot, Events = events,
            ReceivedAt = DateTimeOffset.UtcNow,
        };
        await _harness.Bus.Publish(input);
        // Filtered waits only: an unfiltered Any() waits for the harness to go inactive, after which nothing waits.
        var consumed = await _harness.Consumed.SelectAsync<IngestCapturedTraffic>(x => x.Context.Message.ClientMessageId == delivery).FirstOrDefault();
        Assert.NotNull(consumed);
        Assert.Null(consumed.Exception);
    }

    private static RawCapturedEvent Me() => Fetch("/users/me", """{"id":200000002,"name":"Creator"}""");

    private static RawCapturedEvent FanPush(int id) =>
        Socket($$"""{"api2_chat_message":{"id":{{id}},"text":"hi","fromUser":{"id":100000001},"createdAt":"2025-03-01T18:00:00Z"} }""");

    [Fact]
    public async Task Should_send_what_a_delta_changed_to_graph_and_enrichment()
    {
        await ConsumeAsync(1, null, Me(), FanPush(11));
        var toGraph = Assert.Single(_sender.To<MessagesIngested>(Pipelines.Graph));
        Assert.Single(_sender.To<MessagesIngested>(Pipelines.Enrichment));
        Assert.Equal(("200000002", "100000001", 1L), (toGraph.Creator?.CreatorId, Assert.Single(toGraph.Messages).ChatId, toGraph.Sequence));
        Assert.Null(toGraph.SnapshotId);
    }

    [Fact]
    public async Task Should_send_nothing_when_a_delta_is_redelivered_or_recaptured()
    {
        await ConsumeAsync(1, null, Me(), FanPush(11));
        await ConsumeAsync(1, null, Me(), FanPush(11));
        await ConsumeAsync(2, null, Me(), FanPush(11));
        Assert.Single(_sender.To<MessagesIngested>(Pipelines.Graph));
    }

    [Fact]
    public async Task Should_report_snapshot_progress_and_completion_once_whatever_the_chunk_order()
    {
        SnapshotChunkInfo Chunk(int index) => new() { SnapshotId = "s1", ChunkIndex = index, ChunkCount = 2 };
        await ConsumeAsync(1, Chunk(1), FanPush(21));
        await ConsumeAsync(2, Chunk(0), Me());
        await ConsumeAsync(3, Chunk(1), FanPush(21));

        var done = Assert.Single(_sender.To<SnapshotIngested>(Pipelines.Graph));
        Assert.Single(_sender.To<SnapshotIngested>(Pipelines.Enrichment));
        Assert.Equal(("s1", 2), (done.SnapshotId, done.ChunkCount));
        var status = Assert.Single(_outbound.Published);
        Assert.Equal(OutboundAudience.Bridges, status.Audience);
        Assert.Equal(SystemStatus.ProcessingSnapshot, Assert.IsType<SystemStatusMessage>(status.Frame).Payload.Status);
        // A snapshot chunk always carries all its rows, even the redelivered-but-new-input one.
        Assert.All(_sender.To<MessagesIngested>(Pipelines.Graph), m => Assert.Equal("s1", m.SnapshotId));
    }

    [Fact]
    public async Task Should_skip_a_poisoned_event_and_apply_the_rest_of_the_message()
    {
        var poisoned = Fetch("/payouts/transactions", """{"list":[{"id":"x","amount":-5,"status":"done"}]}""");
        var garbage = Fetch("/chats", "not json at all", status: 500);
        await ConsumeAsync(1, null, Me(), poisoned, garbage, FanPush(31));

        var sent = Assert.Single(_sender.To<MessagesIngested>(Pipelines.Graph));
        Assert.Single(sent.Messages);
        Assert.Empty(sent.Transactions);
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FILTER (WHERE parse_status = 'Invalid'), count(*) FROM ingest.raw_events WHERE user_id = $1", connection);
        count.Parameters.Add(new NpgsqlParameter { Value = _user });
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((1L, 4L), (reader.GetInt64(0), reader.GetInt64(1)));
    }
}
