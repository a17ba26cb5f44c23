using Platform.Contracts.Messaging;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Incoming;
using Platform.Gateway.Tests.Support;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Inbound;

/// <summary>Frames become contract messages on the right pipeline, with the token's user, then message_ack.</summary>
public sealed class Publishing_frames_to_the_pipelines : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);
    private readonly GatewayFixture _fixture;
    private PipelineProbe _probe = null!;

    public Publishing_frames_to_the_pipelines(GatewayFixture fixture) => _fixture = fixture;

    public async Task InitializeAsync() => _probe = await PipelineProbe.StartAsync(_fixture.Rabbit.Uri, "probe");

    public async Task DisposeAsync() => await _probe.DisposeAsync();

    [Fact]
    public async Task Should_publish_a_delta_with_the_token_user_and_ack_it()
    {
        await using var agent = await _fixture.Gateway.ConnectAsync(TestTokens.Agent("u-delta"));
        await agent.SendAsync("""{"type":"new_raw_message","id":"d1","payload":{"event":"websocket","data":{"url":"wss://ws2.onlyfans.com/ws3/30","direction":"in","frame":{"api2_chat_message":{"id":8000000000006,"text":"hi","fromUser":{"id":100000001}}},"capturedAt":"2025-03-01T18:12:00.500Z"},"userId":"someone-else"}}""");

        var ack = await agent.ReceiveAsync<MessageAckMessage>();
        Assert.Equal("d1", ack.Id);
        Assert.Equal("d1", ack.Payload.Id);
        await Eventually.TrueAsync(() => _probe.Recording.Of<IngestCapturedTraffic>().Any(m => m.ClientMessageId == "d1"), _timeout, "the delta is consumed");
        var message = _probe.Recording.Of<IngestCapturedTraffic>().Single(m => m.ClientMessageId == "d1");
        Assert.Equal("u-delta", message.UserId);
        Assert.Equal(agent.Ack.Payload.ConnectionId, message.ConnectionId);
        Assert.Null(message.Snapshot);
        Assert.Equal(8000000000006, Assert.Single(message.Events).Data.Frame!.Value.GetProperty("api2_chat_message").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Should_carry_unknown_capture_fields_through_the_broker_for_the_archive()
    {
        await using var agent = await _fixture.Gateway.ConnectAsync(TestTokens.Agent("u-extra"));
        await agent.SendAsync("""{"type":"new_raw_message","id":"x1","payload":{"event":"xhr","data":{"url":"https://onlyfans.com/api2/v2/users/me","status":200,"responseBody":{"id":200000002},"capturedAt":"2025-03-01T18:04:05Z","tabId":7,"timing":{"ms":12}}}}""");

        Assert.Equal("x1", (await agent.ReceiveAsync<MessageAckMessage>()).Id);
        await Eventually.TrueAsync(() => _probe.Recording.Of<IngestCapturedTraffic>().Any(m => m.ClientMessageId == "x1"), _timeout, "the event with unknown fields is consumed");
        var data = Assert.Single(_probe.Recording.Of<IngestCapturedTraffic>().Single(m => m.ClientMessageId == "x1").Events).Data;
        Assert.Equal(7, data.Extra!["tabId"].GetInt32());
        Assert.Equal(12, data.Extra["timing"].GetProperty("ms").GetInt32());
    }

    [Fact]
    public async Task Should_publish_a_snapshot_chunk_with_its_snapshot_info()
    {
        await using var agent = await _fixture.Gateway.ConnectAsync(TestTokens.Agent("u-snap"));
        await agent.SendAsync("""{"type":"cache_update","id":"c1","payload":{"snapshotId":"snap-1","chunkIndex":1,"chunkCount":3,"events":[{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/users/me","status":200,"responseBody":{"id":200000002},"capturedAt":"2025-03-01T18:04:05Z"}}]}}""");

        Assert.Equal("c1", (await agent.ReceiveAsync<MessageAckMessage>()).Id);
        await Eventually.TrueAsync(() => _probe.Recording.Of<IngestCapturedTraffic>().Any(m => m.ClientMessageId == "c1"), _timeout, "the chunk is consumed");
        var chunk = _probe.Recording.Of<IngestCapturedTraffic>().Single(m => m.ClientMessageId == "c1");
        Assert.Equal(new SnapshotChunkInfo { SnapshotId = "snap-1", ChunkIndex = 1, ChunkCount = 3 }, chunk.Snapshot);
        Assert.Equal("u-snap", chunk.UserId);
    }

    [Fact]
    public async Task Should_request_a_full_sync_when_a_bridge_connects_and_when_it_asks()
    {
        await using var bridge = await _fixture.Gateway.ConnectAsync(TestTokens.Bridge("u-sync"));
        var connectionId = bridge.Ack.Payload.ConnectionId;
        await Eventually.TrueAsync(() => _probe.Recording.Of<RequestFullSync>().Any(m => m.ConnectionId == connectionId), _timeout, "the connect asks for a full sync");

        await bridge.SendAsync("""{"type":"sync_request","id":"s1"}""");
        Assert.Equal("s1", (await bridge.ReceiveAsync<MessageAckMessage>()).Id);
        await Eventually.TrueAsync(() => _probe.Recording.Of<RequestFullSync>().Count(m => m.ConnectionId == connectionId) == 2, _timeout, "sync_request asks again");
        Assert.All(_probe.Recording.Of<RequestFullSync>().Where(m => m.ConnectionId == connectionId), m => Assert.Equal("u-sync", m.UserId));
    }

    [Fact]
    public async Task Should_request_the_thread_history_on_subscribe()
    {
        await using var bridge = await _fixture.Gateway.ConnectAsync(TestTokens.Bridge("u-sub"));
        await bridge.SendAsync("""{"type":"subscribe","id":"sub1","payload":{"topic":"chat:100000001"}}""");

        Assert.Equal("sub1", (await bridge.ReceiveAsync<MessageAckMessage>()).Id);
        await Eventually.TrueAsync(() => _probe.Recording.Of<RequestThreadHistory>().Any(m => m.UserId == "u-sub"), _timeout, "the history is requested");
        var request = _probe.Recording.Of<RequestThreadHistory>().Single(m => m.UserId == "u-sub");
        Assert.Equal("100000001", request.ChatId);
        Assert.Equal(bridge.Ack.Payload.ConnectionId, request.ConnectionId);
    }

    [Fact]
    public async Task Should_send_send_message_and_command_result_to_enrichment()
    {
        await using var bridge = await _fixture.Gateway.ConnectAsync(TestTokens.Bridge("u-cmd"));
        await using var agent = await _fixture.Gateway.ConnectAsync(TestTokens.Agent("u-cmd"));
        await bridge.SendAsync("""{"type":"send_message","id":"sm1","payload":{"chatId":"100000001","commandId":"cmd-1","decision":"approve"}}""");
        await agent.SendAsync("""{"type":"command_result","id":"cr1","payload":{"commandId":"cmd-1","status":"sent","siteMessageId":"8000000000009"}}""");

        Assert.Equal("sm1", (await bridge.ReceiveAsync<MessageAckMessage>()).Id);
        Assert.Equal("cr1", (await agent.ReceiveAsync<MessageAckMessage>()).Id);
        await Eventually.TrueAsync(
            () => _probe.Recording.Of<SendMessageRequested>().Any(m => m.UserId == "u-cmd") && _probe.Recording.Of<CommandResultReported>().Any(m => m.UserId == "u-cmd"),
            _timeout, "both reach enrichment");
        Assert.Equal("cmd-1", _probe.Recording.Of<SendMessageRequested>().Single(m => m.UserId == "u-cmd").CommandId);
        Assert.Equal(CommandOutcome.Sent, _probe.Recording.Of<CommandResultReported>().Single(m => m.UserId == "u-cmd").Outcome);
    }

    [Fact]
    public async Task Should_not_publish_keepalive()
    {
        await using var agent = await _fixture.Gateway.ConnectAsync(TestTokens.Agent("u-keepalive"));
        await agent.SendAsync("""{"type":"keepalive","id":"k1"}""");
        await agent.SendAsync("""{"type":"new_raw_message","id":"after-keepalive","payload":{"event":"fetch","data":{"url":"u","capturedAt":"2025-03-01T18:04:05Z"}}}""");

        // The first frame the agent gets back is the delta's ack: keepalive produced nothing.
        Assert.Equal("after-keepalive", (await agent.ReceiveAsync<MessageAckMessage>()).Id);
        await Eventually.TrueAsync(() => _probe.Recording.Of<IngestCapturedTraffic>().Any(m => m.UserId == "u-keepalive"), _timeout, "the delta is consumed");
        Assert.Single(_probe.Recording.Of<IngestCapturedTraffic>(), m => m.UserId == "u-keepalive");
    }
}
