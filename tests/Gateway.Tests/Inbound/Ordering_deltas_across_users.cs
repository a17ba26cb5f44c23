using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Tests.Support;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Inbound;

/// <summary>10,000 deltas for 50 users through two replicas of a consuming service: per-user order, all, none twice.</summary>
public sealed class Ordering_deltas_across_users(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const int Users = 50;
    private const int DeltasPerUser = 200;

    [Fact]
    public async Task Should_deliver_every_delta_once_in_per_user_order_with_two_consumer_replicas()
    {
        var recording = new Recording();
        await using var replicaA = await PipelineProbe.StartAsync(fixture.Rabbit.Uri, "replica-a", recording);
        await using var replicaB = await PipelineProbe.StartAsync(fixture.Rabbit.Uri, "replica-b", recording);

        await Task.WhenAll(Enumerable.Range(0, Users).Select(SendDeltasAsync));

        await Eventually.TrueAsync(() => recording.Of<IngestCapturedTraffic>().Count >= Users * DeltasPerUser, TimeSpan.FromMinutes(2), "every delta is consumed");
        var consumed = recording.Of<IngestCapturedTraffic>();
        Assert.Equal(Users * DeltasPerUser, consumed.Count);
        foreach (var user in consumed.GroupBy(m => m.UserId))
        {
            var order = user.Select(m => int.Parse(m.ClientMessageId!.Split('-')[1])).ToList();
            Assert.Equal(Enumerable.Range(0, DeltasPerUser), order);
            Assert.Equal(order.Count, user.Select(m => m.Sequence).Distinct().Count());
        }

        Assert.Equal(Users, consumed.Select(m => m.UserId).Distinct().Count());
    }

    private async Task SendDeltasAsync(int user)
    {
        await using var agent = await fixture.Gateway.ConnectAsync(TestTokens.Agent($"order-user-{user}"));
        var acks = Task.Run(async () =>
        {
            for (var i = 0; i < DeltasPerUser; i++)
            {
                Assert.Equal($"{user}-{i}", (await agent.ReceiveAsync<MessageAckMessage>()).Id);
            }
        });
        for (var i = 0; i < DeltasPerUser; i++)
        {
            await agent.SendAsync("{\"type\":\"new_raw_message\",\"id\":\"" + user + "-" + i + "\",\"payload\":{\"event\":\"fetch\",\"data\":{\"url\":\"https://onlyfans.com/api2/v2/chats/" + i + "\",\"capturedAt\":\"2025-03-01T18:04:05Z\"}}}");
        }

        await acks;
    }
}
