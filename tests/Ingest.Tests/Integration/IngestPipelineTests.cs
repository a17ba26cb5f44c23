using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Contracts.Capture;
using Platform.Contracts.Messaging;
using Platform.Ingest.Bench;
using Platform.Ingest.Reparse;
using Platform.Ingest.Tests.Support;
using Platform.TestSupport;

namespace Platform.Ingest.Tests.Integration;

/// <summary>The real ingest app between a real RabbitMQ and a real PostgreSQL.</summary>
public sealed class IngestPipelineTests(IngestStackFixture stack) : IClassFixture<IngestStackFixture>
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Should_give_identical_tables_when_the_same_snapshot_is_delivered_twice()
    {
        const string user = "user-snapshot-twice";
        var events = SyntheticCapture.Snapshot(chats: 200, messagesPerChat: 5);
        var next = await stack.SendSnapshotAsync(user, "s1", events, chunkCount: 4, sequence: 1);
        await stack.WaitForSnapshotAsync(user, "s1");
        var first = await stack.DumpAsync(user);

        await stack.SendSnapshotAsync(user, "s1", events, chunkCount: 4, sequence: 1);
        await stack.SendSnapshotAsync(user, "s2", events, chunkCount: 4, sequence: next);
        await stack.WaitForSnapshotAsync(user, "s2");

        (await stack.DumpAsync(user)).AssertSameAs(first);
        Assert.Equal(1_000, first.Count("messages"));
        Assert.Equal(200, first.Count("chats"));
        Assert.Single(stack.Recorded.Of<SnapshotIngested>(user), s => s.SnapshotId == "s1");
        // The graph rebuilds from snapshots: a re-capture still carries every row of the snapshot.
        Assert.Equal(1_000, stack.Recorded.Of<MessagesIngested>(user).Where(m => m.SnapshotId == "s2").SelectMany(m => m.Messages).Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Should_give_identical_tables_when_1000_deltas_are_delivered_twice()
    {
        const string user = "user-deltas-twice";
        await stack.SendAsync(user, 0, SyntheticCapture.Snapshot(chats: 1, messagesPerChat: 1).Take(1).ToList());
        for (var n = 1; n <= 1_000; n++)
        {
            await stack.SendAsync(user, n, [SyntheticCapture.SocketMessage(n % 50, n)]);
        }

        await Eventually.TrueAsync(async () => await stack.CountAsync("messages", user) == 1_000, _wait, "1,000 deltas were applied");
        // Under load a batch merges a user's deltas into one message: count published rows, not messages.
        IEnumerable<string> PublishedDeltaMessages() =>
            stack.Recorded.Of<MessagesIngested>(user).Where(m => m.SnapshotId is null).SelectMany(m => m.Messages).Select(m => m.MessageId);
        await Eventually.TrueAsync(() => PublishedDeltaMessages().Distinct().Count() == 1_000, _wait, "each delta was published");
        var first = await stack.DumpAsync(user);

        for (var n = 1; n <= 1_000; n++)
        {
            await stack.SendAsync(user, n, [SyntheticCapture.SocketMessage(n % 50, n)]);
            await stack.SendAsync(user, 1_000 + n, [SyntheticCapture.SocketMessage(n % 50, n)]);
        }

        await stack.SendAsync(user, 5_000, [SyntheticCapture.SocketMessage(7, 5_000)]);
        await Eventually.TrueAsync(() => stack.Recorded.Of<MessagesIngested>(user).Any(m => m.Sequence == 5_000), _wait, "the sentinel delta was published");

        var second = await stack.DumpAsync(user);
        Assert.Equal(first.Count("messages") + 1, second.Count("messages"));
        Assert.Equal(1_000, first.Count("messages"));
        // Each message published once: the redeliveries and the re-captures published nothing.
        Assert.Equal(1_001, PublishedDeltaMessages().Count());
        Assert.Equal(1_001, PublishedDeltaMessages().Distinct().Count());
        Assert.All(first.Tables["messages"], row => Assert.Contains(row, second.Tables["messages"]));
    }

    // The first test of the class to send (first in xunit's order). It failed 1 of 3 CI runs, most likely because
    // the fixture let it send while ingest's partition queues were still being declared (seen here: the queue did not
    // exist yet when the fixture was ready): a chunk the exchange drops never arrives, so the snapshot cannot complete.
    // The fixture now waits until ingest consumes; a timeout reports the chunks in and the queues holding messages.
    [Fact]
    public async Task Should_complete_a_snapshot_exactly_when_ingest_stops_in_the_middle()
    {
        const string user = "user-crash";
        const string reference = "user-crash-reference";
        var events = SyntheticCapture.Snapshot(chats: 1_000, messagesPerChat: 20);
        var chunks = SyntheticCapture.Chunk(events, 20).ToList();
        SnapshotChunkInfo Chunk(int i) => new() { SnapshotId = "crash", ChunkIndex = i, ChunkCount = 20 };
        for (var i = 0; i < 10; i++)
        {
            await stack.SendAsync(user, i, chunks[i], Chunk(i));
        }

        await Eventually.TrueAsync(async () => await stack.CountAsync("messages", user) > 0, _wait, "the snapshot started to commit");

        // Stopped while chunks are in flight; the rest of the snapshot arrives while no ingest runs.
        await stack.RestartIngestAsync(async () =>
        {
            for (var i = 10; i < 20; i++)
            {
                await stack.SendAsync(user, i, chunks[i], Chunk(i));
            }
        });
        await stack.WaitForSnapshotAsync(user, "crash");

        await stack.SendSnapshotAsync(reference, "reference", events, chunkCount: 20, sequence: 1);
        await stack.WaitForSnapshotAsync(reference, "reference");
        var dump = await stack.DumpAsync(user);
        Assert.Equal(20_000, dump.Count("messages"));
        dump.AssertSameAs(await stack.DumpAsync(reference));
    }

    [Fact]
    public async Task Should_rebuild_identical_tables_from_the_archive_when_reparsed()
    {
        const string user = "user-reparse";
        await stack.SendSnapshotAsync(user, "r1", SyntheticCapture.Snapshot(chats: 20, messagesPerChat: 10), chunkCount: 2, sequence: 1);
        await stack.WaitForSnapshotAsync(user, "r1");
        RawCapturedEvent[] deltas =
        [
            Captures.Fetch("/payouts/transactions", """{"list":[{"id":"t1","amount":5,"fee":1,"status":"loading","description":"Tip from A","user":{"id":100000001}}]}""", at: Captures.At.AddDays(40)),
            Captures.Fetch("/payouts/transactions", """{"list":[{"id":"t1","amount":5,"fee":1,"status":"done","description":"Tip from A","user":{"id":100000001}}]}""", at: Captures.At.AddDays(41)),
            Captures.Socket("""{"api2_chat_message":{"id":8100000000001,"text":"echo","fromUser":{"id":200000002},"createdAt":"2025-04-01T00:00:00Z"}}""", at: Captures.At.AddDays(42)),
            Captures.Fetch("/chats/100000001/messages", """{"id":8100000000001,"text":"echo","fromUser":{"id":200000002},"createdAt":"2025-04-01T00:00:00Z"}""", method: "POST", at: Captures.At.AddDays(42).AddSeconds(1)),
            Captures.Fetch("/chats", "<html>error</html>", status: 502, at: Captures.At.AddDays(43)),
            Captures.Fetch("/payouts/transactions", """{"list":[{"id":"bad","amount":-1,"status":"done"}]}""", at: Captures.At.AddDays(44)),
        ];
        for (var i = 0; i < deltas.Length; i++)
        {
            await stack.SendAsync(user, 100 + i, [deltas[i]]);
        }

        await Eventually.TrueAsync(async () => await stack.CountAsync("raw_events", user) == 22 + deltas.Length, _wait, "every event was archived");
        await Eventually.TrueAsync(async () => await stack.CountAsync("pending_echoes", user) == 0 && await stack.CountAsync("transactions", user) == 1, _wait, "the deltas were applied");
        var before = await stack.DumpAsync(user);

        using var client = stack.Ingest.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Agent(user));
        var response = await client.PostAsync("/api/v1/admin/reparse", null);
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<ReparseResult>())!;

        (await stack.DumpAsync(user)).AssertSameAs(before);
        Assert.Equal((200 + 1, 2), (result.Messages, result.Unparsed));
        Assert.Contains("\"status\": \"done\"", Assert.Single(before.Tables["transactions"]));
        await stack.WaitForSnapshotAsync(user, result.SnapshotId);
    }

    [Fact]
    public async Task Should_report_a_snapshot_whose_chunks_stop_arriving()
    {
        const string user = "user-stalled";
        await stack.SendAsync(user, 1, SyntheticCapture.Snapshot(chats: 2, messagesPerChat: 2), new SnapshotChunkInfo { SnapshotId = "stalled", ChunkIndex = 0, ChunkCount = 3 });
        await Eventually.TrueAsync(() => stack.Recorded.Of<SnapshotFailed>(user).Any(f => f.SnapshotId == "stalled" && f.ChunksReceived == 1), _wait, "the stalled snapshot was reported");
    }

    [Fact]
    public async Task Should_reject_a_reparse_without_a_token()
    {
        using var client = stack.Ingest.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/admin/reparse", null)).StatusCode);
    }
}
