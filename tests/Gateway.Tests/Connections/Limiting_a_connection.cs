using System.Net.WebSockets;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Gateway.Tests.Support;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Connections;

/// <summary>A gateway with tiny limits: a burst of 3 frames that never refills, 1 s idle timeout.</summary>
public sealed class TinyLimitsFixture : GatewayFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Gateway:RateLimit:PerSecond"] = "0",
        ["Gateway:RateLimit:Burst"] = "3",
        ["Gateway:IdleTimeoutSeconds"] = "1",
    };
}

public sealed class Limiting_a_connection(TinyLimitsFixture fixture) : IClassFixture<TinyLimitsFixture>
{
    [Fact]
    public async Task Should_answer_frames_over_the_rate_limit_with_rate_limited()
    {
        await using var socket = await fixture.Gateway.ConnectAsync(TestTokens.Bridge("u-rate"));
        for (var i = 0; i < 5; i++)
        {
            await socket.SendAsync($$"""{"type":"ping","id":"p{{i}}"}""");
        }

        var answers = new List<OutgoingWssMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await socket.ReceiveAsync());
        }

        Assert.Equal(3, answers.OfType<PongMessage>().Count());
        Assert.All(answers.OfType<SystemErrorMessage>(), e => Assert.Equal(FrameErrorCodes.RateLimited, e.Payload.Code));
        Assert.Equal(2, answers.OfType<SystemErrorMessage>().Count());
        Assert.Equal(WebSocketState.Open, socket.Socket.State);
    }

    [Fact]
    public async Task Should_close_a_silent_connection_after_the_idle_timeout()
    {
        await using var socket = await fixture.Gateway.ConnectAsync(TestTokens.Agent("u-idle"));

        Assert.Equal((WebSocketCloseStatus)4000, await socket.ReceiveCloseAsync());
        Assert.Equal("idle_timeout", socket.Socket.CloseStatusDescription);
    }
}
