using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Graph.Processing;
using Platform.Graph.Projection;
using Platform.Graph.Storage;
using Platform.Graph.Tests.Support;
using static Platform.Graph.Tests.Support.Data;

namespace Platform.Graph.Tests.Processing;

/// <summary>
/// Property: after any seeded random sequence of snapshots and deltas (messages at the end of a chat, which
/// take the in-memory fast path, out-of-order messages, resent ids with new text, whole redelivered
/// deltas, transaction status changes, chat states, sentiments stored before or after their message), the
/// incrementally maintained graph equals a full rebuild from PostgreSQL, both equal the test's own
/// reference model, and the incrementally maintained analytics equal analytics composed from scratch.
/// </summary>
public sealed class IncrementalEqualsRebuildTests(GraphServicesFixture fixture) : IClassFixture<GraphServicesFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
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
        MessagesIngested? lastDelta = null;

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
            else if (random.Next(6) == 0 && lastDelta is not null)
            {
                // A redelivery: a no-op right after the delta, a stale resend (latest wins) after later changes.
                reference.Apply(lastDelta);
                await ingest.HandleAsync(lastDelta, CancellationToken.None);
            }
            else
            {
                var delta = RandomBatch(user, ++sequence, null, random, ref nextId, sent, size: random.Next(1, 6));
                reference.Apply(delta);
                await ingest.HandleAsync(delta, CancellationToken.None);
                lastDelta = delta;
            }

            if (random.Next(3) == 0)
            {
                var (id, chat) = sent[random.Next(sent.Count)];
                var enriched = new MessagesEnriched { UserId = user, Messages = [new EnrichedMessage { ChatId = chat, MessageId = id, Sentiment = Math.Round((random.NextDouble() * 2) - 1, 2) }] };
                await fixture.Get<EnrichmentHandler>().HandleAsync(enriched, CancellationToken.None);
            }

            await AssertAnalyticsMatchAsync(user);
            var incremental = await Snapshot(user);
            reference.AssertMatches(incremental.Nodes);
            var rebuilt = await Rebuild(user);
            Assert.Equal(rebuilt.Json, incremental.Json);
        }
    }

    [Fact]
    public async Task Should_count_a_sentiment_that_was_stored_before_its_message()
    {
        var user = $"early-{Guid.NewGuid():N}"[..20];
        var ingest = fixture.Get<IngestHandler>();
        await ingest.HandleAsync(Batch(user, 1, messages: [In("1", "9", 0)]), CancellationToken.None);
        await fixture.Get<EnrichmentHandler>().HandleAsync(
            new MessagesEnriched { UserId = user, Messages = [new EnrichedMessage { ChatId = "9", MessageId = "2", Sentiment = -0.5 }] }, CancellationToken.None);

        // "2" lands at the end of the chat, so the in-memory guess is tried; the stored sentiment must make the database refuse it.
        await ingest.HandleAsync(Batch(user, 2, messages: [In("2", "9", 5)]), CancellationToken.None);

        var incremental = await Snapshot(user);
        Assert.Equal(-0.5, Assert.Single(incremental.Nodes).Sentiment);
        Assert.Equal((await Rebuild(user)).Json, incremental.Json);
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

    // What the deltas maintained section by section, against every section composed from scratch.
    private Task AssertAnalyticsMatchAsync(string user) =>
        fixture.Get<GraphCache>().RunAsync(user, load: true, graph =>
        {
            var now = fixture.Time.GetUtcNow();
            GraphFrames.AnalyticsUpdate(graph, now);
            Assert.Equal(Json(AnalyticsComposer.Compose(graph, now)), Json(graph.LastAnalytics!));
            return Task.CompletedTask;
        }, CancellationToken.None);

    private static string Json(CreatorAnalytics analytics) =>
        WssFrameWriter.ToJson(new AnalyticsUpdateMessage { Payload = new AnalyticsUpdatePayload { Analytics = analytics } });

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
