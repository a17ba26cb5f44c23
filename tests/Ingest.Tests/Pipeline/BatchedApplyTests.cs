using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Contracts.Capture;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Infrastructure;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans;
using Platform.Ingest.Tests.Consumers;
using Platform.Ingest.Tests.Integration;
using Platform.Messaging;
using Platform.Messaging.Outbound;
using Platform.TestSupport;
using Platform.Ingest.Tests.Support;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Pipeline;

/// <summary>
/// A batch of many users is applied in rounds of pipelined statements; it must store exactly what applying
/// the same inputs one at a time stores, including what one input leaves for the next (a pending echo).
/// </summary>
public sealed class BatchedApplyTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly RecordingPipelineSender _sender = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = (await IngestServices.CreateAsync(postgres.ConnectionString, _sender, new RecordingOutboundPublisher()))
            .BuildServiceProvider(true);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Should_store_a_batch_of_users_exactly_as_their_inputs_one_at_a_time()
    {
        var ingestor = _services.GetRequiredService<TrafficIngestor>();
        var run = Guid.NewGuid().ToString("N")[..6];
        string[] batched = [.. Enumerable.Range(0, 3).Select(i => $"batched-{run}-{i}")];
        string[] alone = [.. Enumerable.Range(0, 3).Select(i => $"alone-{run}-{i}")];

        // Users interleaved as a partition's queue would hold them: three rounds (deltas, a chunk, deltas).
        var inputs = Enumerable.Range(0, Script.Length).SelectMany(step => batched.Select(user => Input(user, step))).ToList();
        await ingestor.IngestAsync(inputs, CancellationToken.None);
        foreach (var user in alone)
        {
            for (var step = 0; step < Script.Length; step++)
            {
                await ingestor.IngestAsync(Input(user, step), CancellationToken.None);
            }
        }

        for (var i = 0; i < batched.Length; i++)
        {
            var dump = await TableDump.ReadAsync(postgres.ConnectionString, batched[i]);
            dump.AssertSameAs(await TableDump.ReadAsync(postgres.ConnectionString, alone[i]));
            Assert.Equal(0, dump.Count("pending_echoes")); // the send response settled the creator's echo
            Assert.Contains(dump.Tables["messages"], m => m.Contains("\"8100000000001\"") && m.Contains("\"100000001\"") && m.Contains("\"out\""));
        }

        // One downstream message per user's unit, in the user's order: the snapshot chunk between the two runs of deltas.
        var toGraph = _sender.To<MessagesIngested>(Pipelines.Graph).Where(m => batched.Contains(m.UserId)).ToList();
        Assert.All(batched, user => Assert.Equal([null, "s1", null], toGraph.Where(m => m.UserId == user).Select(m => m.SnapshotId)));
        Assert.All(batched, user => Assert.Single(_sender.To<SnapshotIngested>(Pipelines.Graph), s => s.UserId == user));
    }

    private static readonly Func<RawCapturedEvent>[] Script =
    [
        () => Fetch("/users/me", """{"id":200000002,"name":"Creator"}"""),
        // The creator's echo: no recipient, so it waits in pending_echoes...
        () => Socket("""{"api2_chat_message":{"id":8100000000001,"text":"echo","fromUser":{"id":200000002},"createdAt":"2025-04-01T00:00:00Z"}}""", at: At.AddMinutes(1)),
        () => Fixture("chat-page.json", "/chats/100000001/messages"),
        // ...until the send response names its chat.
        () => Fetch("/chats/100000001/messages", """{"id":8100000000001,"text":"echo","fromUser":{"id":200000002},"createdAt":"2025-04-01T00:00:00Z"}""", method: "POST", at: At.AddMinutes(2)),
        () => Socket("""{"api2_chat_message":{"id":8100000000002,"text":"hi","fromUser":{"id":100000001},"createdAt":"2025-04-01T00:01:00Z"}}""", at: At.AddMinutes(3)),
    ];

    private const int SnapshotStep = 2;

    private static IngestCapturedTraffic Input(string user, int step) => new()
    {
        UserId = user,
        ConnectionId = "c1",
        Sequence = step + 1,
        ClientMessageId = $"{user}-{step}",
        Snapshot = step == SnapshotStep ? new SnapshotChunkInfo { SnapshotId = "s1", ChunkIndex = 0, ChunkCount = 1 } : null,
        Events = [Script[step]()],
        ReceivedAt = At.AddMinutes(step),
    };
}
