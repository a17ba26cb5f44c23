using System.Text;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Gateway.Tests.Support;
using Platform.Messaging.Outbound;
using Platform.TestSupport;
using RabbitMQ.Client;

namespace Platform.Gateway.Tests.Outbound;

/// <summary>
/// Two gateway instances side by side: user A on both (agent and bridge on the first, bridge on the second),
/// user B on the first. Each socket gets exactly its frames; nothing crosses users.
/// </summary>
public sealed class Routing_frames_to_two_gateways : IAsyncLifetime
{
    private readonly RabbitMqFixture _rabbit = new();
    private GatewayHost _first = null!;
    private GatewayHost _second = null!;

    public async Task InitializeAsync()
    {
        await _rabbit.InitializeAsync();
        _first = GatewayHost.Start(_rabbit.Uri, "gateway-1");
        _second = GatewayHost.Start(_rabbit.Uri, "gateway-2");
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _rabbit.DisposeAsync();
    }

    [Fact]
    public async Task Should_give_each_socket_exactly_the_frames_of_its_user_and_role()
    {
        await using var agentA1 = await _first.ConnectAsync(TestTokens.Agent("user-a"));
        await using var bridgeA1 = await _first.ConnectAsync(TestTokens.Bridge("user-a"));
        await using var bridgeA2 = await _second.ConnectAsync(TestTokens.Bridge("user-a"));
        await using var bridgeB1 = await _first.ConnectAsync(TestTokens.Bridge("user-b"));
        await bridgeA2.SendAsync("""{"type":"subscribe","id":"s","payload":{"topic":"chat:42"}}""");
        await bridgeB1.SendAsync("""{"type":"subscribe","id":"s","payload":{"topic":"chat:42"}}""");
        await bridgeA2.ReceiveAsync<MessageAckMessage>();
        await bridgeB1.ReceiveAsync<MessageAckMessage>();

        var publisher = _first.Get<IOutboundPublisher>();
        await publisher.PublishAsync("user-a", OutboundAudience.Bridges, Marker("a-bridges"));
        await publisher.PublishAsync("user-a", OutboundAudience.Agents, Marker("a-agents"));
        await publisher.PublishAsync("user-a", OutboundAudience.All, Marker("a-all"));
        await publisher.PublishAsync("user-a", OutboundAudience.ToConnection(bridgeA2.Ack.Payload.ConnectionId), Marker("a-conn-2"));
        await publisher.PublishAsync("user-a", OutboundAudience.ToConnection(bridgeB1.Ack.Payload.ConnectionId), Marker("a-conn-of-b"));
        await publisher.PublishAsync("user-a", OutboundAudience.ToTopic("chat:42"), Marker("a-topic"));
        await publisher.PublishAsync("user-b", OutboundAudience.Bridges, Marker("b-bridges"));
        await RawPublishAsync(routingKey: "user-b", userHeader: "user-a", Marker("forged-user"));
        await RawPublishAsync(routingKey: "user-a", userHeader: "user-a", Marker("bad-audience"), audience: "Everyone");
        await publisher.PublishAsync("user-a", OutboundAudience.All, Marker("end"));
        await publisher.PublishAsync("user-b", OutboundAudience.All, Marker("end"));

        Assert.Equal(["a-agents", "a-all"], await MarkersUntilEndAsync(agentA1));
        Assert.Equal(["a-bridges", "a-all"], await MarkersUntilEndAsync(bridgeA1));
        Assert.Equal(["a-bridges", "a-all", "a-conn-2", "a-topic"], await MarkersUntilEndAsync(bridgeA2));
        Assert.Equal(["b-bridges"], await MarkersUntilEndAsync(bridgeB1));
    }

    [Fact]
    public async Task Should_refuse_a_subscribe_to_another_users_topic()
    {
        await using var bridge = await _first.ConnectAsync(TestTokens.Bridge("user-b"));
        await bridge.SendAsync("""{"type":"subscribe","id":"x","payload":{"topic":"user:user-a/chat:42"}}""");

        var error = await bridge.ReceiveAsync<SystemErrorMessage>();
        Assert.Equal(FrameErrorCodes.Forbidden, error.Payload.Code);
        Assert.Equal("x", error.Id);
    }

    [Fact]
    public async Task Should_unbind_a_user_when_the_last_socket_on_the_instance_leaves()
    {
        var publisher = _first.Get<IOutboundPublisher>();
        var first = await _second.ConnectAsync(TestTokens.Bridge("user-c"));
        await using (var second = await _second.ConnectAsync(TestTokens.Bridge("user-c")))
        {
            await first.DisposeAsync();
            await publisher.PublishAsync("user-c", OutboundAudience.All, Marker("still-bound"));
            await publisher.PublishAsync("user-c", OutboundAudience.All, Marker("end"));
            // Other frames may come first (a dashboard's connect asks for a full sync; with no graph here a
            // slow broker can answer it with "unavailable"); only the markers are this test's subject.
            Assert.Equal(["still-bound"], await MarkersUntilEndAsync(second));
        }

        using var management = _rabbit.ManagementClient();
        await Eventually.TrueAsync(async () =>
        {
            var bindings = await management.GetStringAsync($"api/exchanges/{Uri.EscapeDataString(_rabbit.VirtualHost)}/{OutboundTopology.ExchangeName}/bindings/source");
            return !bindings.Contains("\"routing_key\":\"user-c\"", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(20), "user-c is unbound after its last socket left");
    }

    private static SystemStatusMessage Marker(string name) => new() { Payload = new SystemStatusPayload { Status = SystemStatus.Realtime, Detail = name } };

    private static async Task<List<string>> MarkersUntilEndAsync(TestSocket socket)
    {
        var markers = new List<string>();
        while (true)
        {
            var frame = await socket.ReceiveAsync();
            if (frame is SystemStatusMessage { Payload.Detail: { } detail })
            {
                if (detail == "end")
                {
                    return markers;
                }

                markers.Add(detail);
            }
        }
    }

    private async Task RawPublishAsync(string routingKey, string userHeader, OutgoingWssMessage frame, string audience = "All")
    {
        var factory = new ConnectionFactory { Uri = _rabbit.Uri };
        await using var connection = await factory.CreateConnectionAsync();
        // Confirmed, so the frame is routed before the end marker is published.
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties
        {
            Headers = new Dictionary<string, object?>
            {
                [OutboundTopology.UserHeader] = Encoding.UTF8.GetBytes(userHeader),
                [OutboundTopology.AudienceHeader] = Encoding.UTF8.GetBytes(audience),
            },
        };
        await channel.BasicPublishAsync(OutboundTopology.ExchangeName, routingKey, mandatory: false, properties, WssFrameWriter.ToUtf8(frame));
    }
}
