using System.Net.WebSockets;
using System.Text;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Gateway.Tests.Support;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Inbound;

/// <summary>Every malformed frame gets its system_error, the socket stays open, and the next valid frame works.</summary>
public sealed class Sending_malformed_frames(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Event = """{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/chats","capturedAt":"2025-03-01T18:04:05Z"}}""";

    public static TheoryData<string, string, string, string?> Cases() => new()
    {
        // role, frame, expected code, expected frame id
        { "agent", "", FrameErrorCodes.InvalidJson, null },
        { "agent", "   ", FrameErrorCodes.InvalidJson, null },
        { "agent", "not json", FrameErrorCodes.InvalidJson, null },
        { "agent", "{", FrameErrorCodes.InvalidJson, null },
        { "agent", """{"type":"ping",}""", FrameErrorCodes.InvalidJson, null },
        { "agent", """{"type":"ping"} trailing""", FrameErrorCodes.InvalidJson, null },
        { "agent", "null", FrameErrorCodes.InvalidEnvelope, null },
        { "agent", "42", FrameErrorCodes.InvalidEnvelope, null },
        { "agent", "\"ping\"", FrameErrorCodes.InvalidEnvelope, null },
        { "agent", "[]", FrameErrorCodes.InvalidEnvelope, null },
        { "agent", """[{"type":"ping"}]""", FrameErrorCodes.InvalidEnvelope, null },
        { "agent", "{}", FrameErrorCodes.InvalidEnvelope, null },
        { "agent", """{"id":"m1","payload":{}}""", FrameErrorCodes.InvalidEnvelope, "m1" },
        { "agent", """{"type":null,"id":"m2"}""", FrameErrorCodes.InvalidEnvelope, "m2" },
        { "agent", """{"type":7,"id":"m3"}""", FrameErrorCodes.InvalidEnvelope, "m3" },
        { "agent", """{"type":"ping","id":7}""", FrameErrorCodes.InvalidEnvelope, "7" },
        { "agent", """{"type":"ping","id":{"a":1}}""", FrameErrorCodes.InvalidEnvelope, null },
        { "agent", """{"type":"","id":"m4"}""", FrameErrorCodes.UnknownType, "m4" },
        { "agent", """{"type":"hello","id":"m5"}""", FrameErrorCodes.UnknownType, "m5" },
        { "agent", """{"type":"PING","id":"m6"}""", FrameErrorCodes.UnknownType, "m6" },
        { "agent", """{"type":"connection_ack","id":"m7"}""", FrameErrorCodes.UnknownType, "m7" },
        { "agent", """{"type":"new_raw_message","id":"m8"}""", FrameErrorCodes.InvalidPayload, "m8" },
        { "agent", """{"type":"new_raw_message","id":"m9","payload":null}""", FrameErrorCodes.InvalidPayload, "m9" },
        { "agent", """{"type":"new_raw_message","id":"m10","payload":[]}""", FrameErrorCodes.InvalidPayload, "m10" },
        { "agent", """{"type":"new_raw_message","id":"m11","payload":"x"}""", FrameErrorCodes.InvalidPayload, "m11" },
        { "agent", """{"type":"new_raw_message","id":"m12","payload":{"event":"smoke","data":{"url":"u","capturedAt":"2025-03-01T18:04:05Z"}}}""", FrameErrorCodes.InvalidPayload, "m12" },
        { "agent", """{"type":"new_raw_message","id":"m13","payload":{"event":"fetch"}}""", FrameErrorCodes.InvalidPayload, "m13" },
        { "agent", """{"type":"new_raw_message","id":"m14","payload":{"event":"fetch","data":{"url":"","capturedAt":"2025-03-01T18:04:05Z"}}}""", FrameErrorCodes.InvalidPayload, "m14" },
        { "agent", """{"type":"new_raw_message","id":"m15","payload":{"event":"fetch","data":{"url":"u","capturedAt":"yesterday"}}}""", FrameErrorCodes.InvalidPayload, "m15" },
        { "agent", """{"type":"new_raw_message","id":"m16","payload":{"event":"websocket","data":{"url":"u","direction":"sideways","capturedAt":"2025-03-01T18:04:05Z"}}}""", FrameErrorCodes.InvalidPayload, "m16" },
        { "agent", """{"type":"cache_update","id":"m17","payload":{"snapshotId":"s","chunkIndex":3,"chunkCount":2,"events":[]}}""", FrameErrorCodes.InvalidPayload, "m17" },
        { "agent", """{"type":"cache_update","id":"m18","payload":{"snapshotId":"s","chunkIndex":0,"chunkCount":0,"events":[]}}""", FrameErrorCodes.InvalidPayload, "m18" },
        { "agent", """{"type":"cache_update","id":"m19","payload":{"snapshotId":"","chunkIndex":0,"chunkCount":1,"events":[]}}""", FrameErrorCodes.InvalidPayload, "m19" },
        { "agent", """{"type":"cache_update","id":"m20","payload":{"snapshotId":"s","chunkIndex":"0","chunkCount":1,"events":[]}}""", FrameErrorCodes.InvalidPayload, "m20" },
        { "agent", """{"type":"cache_update","id":"m21","payload":{"snapshotId":"s","chunkIndex":0,"chunkCount":1,"events":{}}}""", FrameErrorCodes.InvalidPayload, "m21" },
        { "agent", """{"type":"cache_update","id":"m22","payload":{"snapshotId":"s","chunkIndex":0,"chunkCount":1,"events":[null]}}""", FrameErrorCodes.InvalidPayload, "m22" },
        { "agent", """{"type":"command_result","id":"m23","payload":{"commandId":"c","status":"maybe"}}""", FrameErrorCodes.InvalidPayload, "m23" },
        { "agent", """{"type":"command_result","id":"m24","payload":{"commandId":"","status":"sent"}}""", FrameErrorCodes.InvalidPayload, "m24" },
        { "agent", "{\"type\":\"ping\",\"id\":\"" + new string('x', 200) + "\"}", FrameErrorCodes.InvalidPayload, new string('x', 200) },
        { "bridge", """{"type":"subscribe","id":"m25","payload":{}}""", FrameErrorCodes.InvalidPayload, "m25" },
        { "bridge", """{"type":"subscribe","id":"m26","payload":{"topic":"user:other-user"}}""", FrameErrorCodes.Forbidden, "m26" },
        { "bridge", """{"type":"subscribe","id":"m27","payload":{"topic":"chat:1:user:other"}}""", FrameErrorCodes.Forbidden, "m27" },
        { "bridge", """{"type":"unsubscribe","id":"m28","payload":{"topic":"analytics"}}""", FrameErrorCodes.Forbidden, "m28" },
        { "bridge", """{"type":"send_message","id":"m29","payload":{"chatId":"1"}}""", FrameErrorCodes.InvalidPayload, "m29" },
        { "bridge", """{"type":"send_message","id":"m30","payload":{"chatId":"1","text":"hi","price":-5}}""", FrameErrorCodes.InvalidPayload, "m30" },
        { "bridge", """{"type":"send_message","id":"m31","payload":{"chatId":"1","text":"hi","decision":"approve"}}""", FrameErrorCodes.InvalidPayload, "m31" },
        { "bridge", """{"type":"send_message","id":"m32","payload":{"chatId":1,"text":"hi"}}""", FrameErrorCodes.InvalidPayload, "m32" },
        { "bridge", "{\"type\":\"ping\",\"payload\":{\"clientTime\":\"soon\"},\"id\":\"m33\"}", FrameErrorCodes.InvalidPayload, "m33" },
        { "bridge", new string('[', 200) + new string(']', 200), FrameErrorCodes.InvalidJson, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_answer_with_system_error_and_keep_the_socket_open(string role, string frame, string code, string? frameId)
    {
        await using var socket = await ConnectAsync(role);
        await socket.SendAsync(frame);

        var error = await socket.ReceiveAsync<SystemErrorMessage>();
        Assert.Equal(code, error.Payload.Code);
        Assert.Equal(frameId, error.Id);
        Assert.False(string.IsNullOrWhiteSpace(error.Payload.Message));
        Assert.True(error.Payload.Recoverable);
        await AssertStillWorksAsync(socket);
    }

    [Fact]
    public async Task Should_refuse_a_binary_frame_and_keep_the_socket_open()
    {
        await using var socket = await ConnectAsync("agent");
        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"ping"}"""), WebSocketMessageType.Binary);

        Assert.Equal(FrameErrorCodes.BinaryNotSupported, (await socket.ReceiveAsync<SystemErrorMessage>()).Payload.Code);
        await AssertStillWorksAsync(socket);
    }

    [Fact]
    public async Task Should_ignore_keepalive_and_answer_ping_with_pong()
    {
        await using var socket = await ConnectAsync("agent");
        await socket.SendAsync("""{"type":"keepalive","id":"k1"}""");
        await socket.SendAsync("""{"type":"ping","id":"p1","payload":{"clientTime":123}}""");

        var pong = await socket.ReceiveAsync<PongMessage>();
        Assert.Equal("p1", pong.Id);
        Assert.Equal(123, pong.Payload.ClientTime);
    }

    [Fact]
    public async Task Should_close_with_1009_when_a_frame_is_over_the_limit()
    {
        await using var socket = await ConnectAsync("agent");
        var oversize = Encoding.UTF8.GetBytes("{\"type\":\"ping\",\"pad\":\"" + new string('x', (1024 * 1024) + 10) + "\"}");
        await socket.SendAsync(oversize, WebSocketMessageType.Text);

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Should_accept_a_frame_just_under_the_limit()
    {
        await using var socket = await ConnectAsync("agent");
        var padding = new string('x', (1024 * 1024) - 100);
        await socket.SendAsync("{\"type\":\"ping\",\"id\":\"big\",\"pad\":\"" + padding + "\"}");

        Assert.Equal("big", (await socket.ReceiveAsync<PongMessage>()).Id);
    }

    private async Task<TestSocket> ConnectAsync(string role) =>
        await fixture.Gateway.ConnectAsync(role == "agent" ? TestTokens.Agent("u-malformed") : TestTokens.Bridge("u-malformed"));

    private static async Task AssertStillWorksAsync(TestSocket socket)
    {
        Assert.Equal(WebSocketState.Open, socket.Socket.State);
        await socket.SendAsync("""{"type":"ping","id":"next"}""");
        Assert.Equal("next", (await socket.ReceiveAsync<PongMessage>()).Id);
    }
}
