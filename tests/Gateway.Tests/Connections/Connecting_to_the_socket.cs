using System.Net;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Gateway.Tests.Support;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Connections;

/// <summary>The auth matrix: who may open the socket, and who may send what.</summary>
public sealed class Connecting_to_the_socket(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task Should_refuse_a_request_without_token_with_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await TestSocket.RefusedStatusAsync(Gateway.SocketUri, token: null));
    }

    [Fact]
    public async Task Should_refuse_a_malformed_token_with_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await TestSocket.RefusedStatusAsync(Gateway.SocketUri, "not-a-jwt"));
    }

    [Fact]
    public async Task Should_refuse_a_token_with_a_bad_signature_with_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await TestSocket.RefusedStatusAsync(Gateway.SocketUri, Tokens.WrongSignature("u1")));
    }

    [Fact]
    public async Task Should_refuse_an_expired_token_with_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await TestSocket.RefusedStatusAsync(Gateway.SocketUri, Tokens.Expired("u1")));
    }

    [Fact]
    public async Task Should_refuse_a_token_whose_role_is_not_a_socket_role_with_403()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await TestSocket.RefusedStatusAsync(Gateway.SocketUri, Tokens.WithRole("u1", "admin")));
    }

    [Fact]
    public async Task Should_refuse_a_foreign_origin_with_403_before_the_upgrade()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await TestSocket.RefusedStatusAsync(Gateway.SocketUri, TestTokens.Bridge("u1"), "http://evil.example"));
    }

    [Fact]
    public async Task Should_refuse_a_foreign_origin_on_the_api_with_403()
    {
        using var http = Gateway.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/conversations");
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_accept_a_good_token_without_origin_and_send_the_ack()
    {
        await using var socket = await Gateway.ConnectAsync(TestTokens.Agent("u-no-origin"));
        Assert.Equal("u-no-origin", socket.Ack.Payload.UserId);
        Assert.Equal(ClientRole.Agent, socket.Ack.Payload.Role);
        Assert.Equal(1024 * 1024, socket.Ack.Payload.Limits.MaxFrameBytes);
        Assert.Equal(60, socket.Ack.Payload.IdleTimeoutSeconds);
    }

    [Fact]
    public async Task Should_accept_the_token_in_the_authorization_header()
    {
        await using var socket = await Gateway.ConnectAsync(TestTokens.Bridge("u-header"), viaHeader: true);
        Assert.Equal(ClientRole.Bridge, socket.Ack.Payload.Role);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://localhost:8080")]
    [InlineData("chrome-extension://abcdefghijklmnopabcdefghijklmnop")]
    public async Task Should_accept_an_allowed_origin(string origin)
    {
        await using var socket = await Gateway.ConnectAsync(TestTokens.Bridge("u-origin"), origin);
        Assert.Equal("u-origin", socket.Ack.Payload.UserId);
    }

    [Theory]
    [InlineData("agent", """{"type":"subscribe","id":"f1","payload":{"topic":"chat:1"}}""")]
    [InlineData("agent", """{"type":"send_message","id":"f1","payload":{"chatId":"1","text":"hi"}}""")]
    [InlineData("agent", """{"type":"sync_request","id":"f1"}""")]
    [InlineData("bridge", """{"type":"new_raw_message","id":"f1","payload":{"event":"fetch","data":{"url":"https://x/api2/v2/chats","capturedAt":"2025-03-01T18:04:05Z"}}}""")]
    [InlineData("bridge", """{"type":"cache_update","id":"f1","payload":{"snapshotId":"s","chunkIndex":0,"chunkCount":1,"events":[]}}""")]
    [InlineData("bridge", """{"type":"command_result","id":"f1","payload":{"commandId":"c","status":"sent"}}""")]
    public async Task Should_refuse_a_frame_type_from_the_wrong_role_with_forbidden(string role, string frame)
    {
        var token = role == "agent" ? TestTokens.Agent("u-role") : TestTokens.Bridge("u-role");
        await using var socket = await Gateway.ConnectAsync(token);
        await socket.SendAsync(frame);
        var error = await socket.ReceiveAsync<SystemErrorMessage>();
        Assert.Equal(FrameErrorCodes.Forbidden, error.Payload.Code);
        Assert.Equal("f1", error.Id);
        await socket.SendAsync("""{"type":"ping","id":"after"}""");
        Assert.Equal("after", (await socket.ReceiveAsync<PongMessage>()).Id);
    }
}
