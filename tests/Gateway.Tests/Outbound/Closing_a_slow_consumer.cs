using System.Net.WebSockets;
using System.Text;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Gateway.Tests.Support;
using Platform.Messaging.Outbound;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Outbound;

/// <summary>A socket that stops reading is closed with 4008 once its queue is full; the others keep receiving.</summary>
public sealed class Closing_a_slow_consumer(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Should_close_the_slow_socket_with_4008_while_the_others_keep_receiving()
    {
        await using var slow = await fixture.Gateway.ConnectAsync(TestTokens.Bridge("slow-user"));
        await using var fast = await fixture.Gateway.ConnectAsync(TestTokens.Bridge("fast-user"));
        var publisher = fixture.Gateway.Get<IOutboundPublisher>();
        var store = fixture.Gateway.Get<ConnectionStore>();
        var slowConnection = store.Find(slow.Ack.Payload.ConnectionId)!;
        var padding = Encoding.UTF8.GetBytes("{\"type\":\"pong\",\"payload\":{\"serverTime\":1},\"pad\":\"" + new string('x', 64 * 1024) + "\"}");

        // The slow client never reads: kernel buffers fill, then its 1 MiB queue, then it is closed.
        for (var round = 0; slowConnection.Close is null; round++)
        {
            Assert.True(round < 2000, "the slow socket should have been closed by now");
            for (var i = 0; i < 20; i++)
            {
                await publisher.PublishAsync("slow-user", OutboundAudience.Bridges, padding);
            }

            await publisher.PublishAsync("fast-user", OutboundAudience.Bridges, Status($"fast-{round}"));
            Assert.Equal($"fast-{round}", (await fast.ReceiveAsync<SystemStatusMessage>()).Payload.Detail);
        }

        Assert.Equal(CloseRequest.SlowConsumer, slowConnection.Close);
        Assert.True(slowConnection.Outbound.QueuedBytes <= (1024 * 1024) + padding.Length);

        await publisher.PublishAsync("fast-user", OutboundAudience.Bridges, Status("after"));
        Assert.Equal("after", (await fast.ReceiveAsync<SystemStatusMessage>()).Payload.Detail);

        Assert.Equal((WebSocketCloseStatus)4008, await slow.ReceiveCloseAsync());
        Assert.StartsWith("slow_consumer", slow.Socket.CloseStatusDescription);
    }

    private static SystemStatusMessage Status(string detail) =>
        new() { Payload = new Platform.Contracts.Wss.Outgoing.SystemStatusPayload { Status = Platform.Contracts.Wss.Outgoing.SystemStatus.Realtime, Detail = detail } };
}
