using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Graph.Processing;
using Platform.Graph.Projection;
using Platform.Graph.Storage;
using Platform.Graph.Tests.Support;
using static Platform.Graph.Tests.Support.Data;

namespace Platform.Graph.Tests.Processing;

/// <summary>
/// Property: after any seeded random sequence of snapshots and deltas (out-of-order messages, redeliveries,
/// transaction status changes, chat states), the incrementally maintained graph equals a full rebuild from
/// PostgreSQL, and both equal the test's own reference model.
/// </summary>
public sealed class IncrementalEqualsRebuildTests(GraphServicesFixture fixture) : IClassFixture<GraphServicesFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Should_equal_a_full_rebuild_after_random_snapshots_and_deltas(int seed)
    {
        var user = $"prop-{seed}-{Guid.NewGuid():N}"[..20];
        var random = new Random(seed);
        var reference = new ReferenceGraph();
        var ingest = fixture.Get<IngestHandler>();
        var snapshots = fixture.Get<SnapshotHandler>();
        var sequence = 0L;
        var nextId = 1000;
        var sent = new List<(string Id, string Chat)>();

        for (var step = 0; step < 12; step++)
        {
            if (random.Next(4) == 0)
            {
                var snapshotId = $"s{step}";
                var chunks = random.Next(1, 4);
                for (var c = 0; c < chunks; c++)
                {
                    var chunk = RandomBatch(user, ++sequence, snapshotId, random, ref nextId, sent, size: random.Next(5, 40));
                    reference.Apply(chunk);
                    await ingest.HandleAsync(chunk, CancellationToken.None);
                }

                await snapshots.HandleAsync(SnapshotDone(user, snapshotId, chunks), CancellationToken.None);
            }
            else
            {
                var delta = RandomBatch(user, ++sequence, null, random, ref nextId, sent, size: random.Next(1, 6));
                reference.Apply(delta);
                await ingest.HandleAsync(delta, CancellationToken.None);
            }

            var incremental = await Snapshot(user);
            reference.AssertMatches(incremental.Nodes);
            var rebuilt = await Rebuild(user);
            Assert.Equal(rebuilt.Json, incremental.Json);
        }
    }

    private static MessagesIngested RandomBatch(
        string user, long sequence, string? snapshotId, Random random, ref int nextId, List<(string Id, string Chat)> sent, int size)
    {
        var known = sent.Count;
        var messages = new List<NormalizedMessage>();
        var transactions = new List<NormalizedTransaction>();
        var chats = new List<ChatState>();
        for (var i = 0; i < size; i++)
        {
            // Mostly newer messages, sometimes one from the past (out of order), sometimes a resent id
            // (a message never moves to another chat; its new text must show, its time and direction not change).
            var minute = random.Next(10) == 0 ? random.Next(0, 50) : 50 + (int)sequence * 10 + i;
            var (id, chat) = random.Next(8) == 0 && known > 0 ? sent[random.Next(known)] : ($"{nextId++}", $"{random.Next(1, 7)}");
            sent.Add((id, chat));
            var direction = random.Next(2) == 0 ? MessageDirection.In : MessageDirection.Out;
            messages.Add(Message(id, chat, direction, T0.AddMinutes(minute).AddSeconds(random.Next(60)), $"text {random.Next(100)}"));
            if (random.Next(6) == 0)
            {
                var status = random.Next(4) switch { 0 => "undo", 1 => "loading", _ => "done" };
                transactions.Add(Transaction($"t{random.Next(20)}", chat, (TransactionKind)random.Next(5), random.Next(1, 50), status, minute));
            }

            if (random.Next(12) == 0)
            {
                chats.Add(new ChatState { ChatId = chat, UnreadCount = random.Next(3) == 0 ? null : random.Next(5) });
            }
        }

        return Batch(user, sequence, snapshotId, messages, transactions, [Fan("1"), Fan("2", null)], chats.DistinctBy(c => c.ChatId));
    }

    private async Task<(List<ConversationNode> Nodes, string Json)> Snapshot(string user) =>
        await fixture.Get<GraphCache>().RunAsync(user, load: true, g => Task.FromResult(Describe(g)), CancellationToken.None);

    // A rebuild from scratch: recompute every conversation in SQL, then load a fresh graph.
    private async Task<(List<ConversationNode> Nodes, string Json)> Rebuild(string user)
    {
        await new SqlBatch()
            .Add(ConversationSql.Recompute(ConversationSql.ChatFilter(true)), p => p.With("u", user))
            .ExecuteAsync(fixture.Get<Npgsql.NpgsqlDataSource>(), CancellationToken.None);
        var graph = new UserGraph(user);
        await fixture.Get<UserGraphLoader>().LoadAsync(graph, CancellationToken.None);
        return Describe(graph);
    }

    private (List<ConversationNode> Nodes, string Json) Describe(UserGraph graph)
    {
        var sync = GraphFrames.FullSync(graph, "x", fixture.Time.GetUtcNow());
        var nodes = sync.Payload.Conversations.OrderBy(n => n.ChatId, StringComparer.Ordinal).ToList();
        OutgoingWssMessage canonical = sync with { Payload = sync.Payload with { Conversations = nodes } };
        return (nodes, WssFrameWriter.ToJson(canonical));
    }
}
