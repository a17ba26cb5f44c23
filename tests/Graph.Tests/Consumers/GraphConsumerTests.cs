using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Graph.Processing;
using Platform.Graph.Tests.Support;
using Platform.Messaging.Outbound;
using Platform.TestSupport;
using static Platform.Graph.Tests.Support.Data;

namespace Platform.Graph.Tests.Consumers;

/// <summary>The consumers on the MassTransit test harness, with a real PostgreSQL projection.</summary>
public sealed class GraphConsumerTests(GraphServicesFixture fixture) : IClassFixture<GraphServicesFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Should_push_full_sync_between_processing_and_realtime_after_a_snapshot()
    {
        await fixture.Harness.Bus.Publish(Batch(_user, 1, "snap-1",
            messages: [In("1", "100", 0), Out("2", "100", 5), In("3", "200", 1)],
            fans: [Fan("100"), Fan("200")], transactions: [Transaction("t1", "100", TransactionKind.Tip, 10m)]));
        await Eventually.TrueAsync(() => Consumed<MessagesIngested>() == 1, Timeout, "the chunk is stored");
        await fixture.Harness.Bus.Publish(SnapshotDone(_user, "snap-1", 1));

        await Eventually.TrueAsync(() => Frames().OfType<SystemStatusMessage>().Any(s => s.Payload.Status == SystemStatus.Realtime), Timeout, "REALTIME is pushed");
        var frames = Frames();
        Assert.Equal(SystemStatus.ProcessingSnapshot, Assert.IsType<SystemStatusMessage>(frames[0]).Payload.Status);
        var sync = Assert.IsType<FullSyncResponseMessage>(frames[1]).Payload;
        Assert.Equal("snap-1", sync.SnapshotId);
        Assert.Equal(3, frames.Count);
        var answered = sync.Conversations.Single(c => c.ChatId == "100");
        Assert.False(answered.AwaitingReply);
        Assert.Equal(10m, answered.Spend.Tips);
        Assert.Equal(300, answered.ResponseTime.AvgSeconds);
        Assert.True(sync.Conversations.Single(c => c.ChatId == "200").AwaitingReply);
        Assert.Equal(3, sync.Graph.Messages);
        Assert.False(await fixture.Harness.Published.Any<Fault<MessagesIngested>>());
    }

    [Fact]
    public async Task Should_push_append_message_thread_message_and_analytics_for_a_delta()
    {
        await fixture.Harness.Bus.Publish(Batch(_user, 1, messages: [In("10", "300", 0, "first")], fans: [Fan("300", "Ann")]));
        await Eventually.TrueAsync(() => Frames().OfType<AnalyticsUpdateMessage>().Any(), Timeout, "the first delta is pushed");

        fixture.Outbound.Clear();
        await fixture.Harness.Bus.Publish(Batch(_user, 2, messages: [Out("11", "300", 2, "reply")]));
        await Eventually.TrueAsync(() => Frames().OfType<AnalyticsUpdateMessage>().Any(), Timeout, "the second delta is pushed");

        var append = Assert.Single(Frames().OfType<AppendMessageMessage>()).Payload;
        Assert.Equal("Ann", append.Conversation.Fan.Name);
        Assert.Equal("11", append.Message!.Id);
        Assert.False(append.Conversation.AwaitingReply);
        Assert.Equal(120, append.Conversation.ResponseTime.AvgSeconds);
        var thread = Assert.Single(fixture.Outbound.Frames, f => f.UserId == _user && f.Frame is ThreadMessageMessage);
        Assert.Equal(OutboundAudience.ToTopic("chat:300"), thread.Audience);
        var analytics = Frames().OfType<AnalyticsUpdateMessage>().Single().Payload.Analytics;
        Assert.NotNull(analytics.ResponseTime);
        Assert.Null(analytics.RevenuePerDay);
    }

    [Fact]
    public async Task Should_push_nothing_when_a_delta_is_redelivered()
    {
        var delta = Batch(_user, 1, messages: [In("20", "400", 0)]);
        await fixture.Harness.Bus.Publish(delta);
        await Eventually.TrueAsync(() => Frames().OfType<AppendMessageMessage>().Any(), Timeout, "the delta is pushed");
        fixture.Outbound.Clear();

        await fixture.Harness.Bus.Publish(delta);
        await Eventually.TrueAsync(() => Consumed<MessagesIngested>() == 2, Timeout, "the redelivery is consumed");
        await fixture.Harness.Bus.Publish(new RequestFullSync { UserId = _user, ConnectionId = "c1" });
        await Eventually.TrueAsync(() => Frames().OfType<FullSyncResponseMessage>().Any(), Timeout, "the sync request is answered");

        Assert.Empty(Frames().OfType<AppendMessageMessage>());
        Assert.Equal(1, Frames().OfType<FullSyncResponseMessage>().Single().Payload.Conversations.Single().MessageCount);
    }

    [Fact]
    public async Task Should_answer_thread_history_with_the_latest_messages_oldest_first()
    {
        await fixture.Harness.Bus.Publish(Batch(_user, 1, messages: [.. Enumerable.Range(0, 5).Select(i => In($"5{i}", "500", i))]));
        // The harness has no partitions, so no per-user order: wait for the delta before asking.
        await Eventually.TrueAsync(() => Frames().OfType<AppendMessageMessage>().Any(), Timeout, "the delta is stored");
        await fixture.Harness.Bus.Publish(new RequestThreadHistory { UserId = _user, ConnectionId = "c9", ChatId = "500", Limit = 3 });

        await Eventually.TrueAsync(() => Frames().OfType<ThreadHistoryMessage>().Any(), Timeout, "thread_history is pushed");
        var history = Frames().OfType<ThreadHistoryMessage>().Single().Payload;
        Assert.Equal(["52", "53", "54"], history.Messages.Select(m => m.Id));
        Assert.True(history.HasMore);
        Assert.Equal(OutboundAudience.ToConnection("c9"), fixture.Outbound.Frames.Single(f => f.Frame is ThreadHistoryMessage && f.UserId == _user).Audience);
    }

    [Fact]
    public async Task Should_fold_sentiment_and_fan_scores_into_the_conversation()
    {
        await fixture.Harness.Bus.Publish(Batch(_user, 1, messages: [In("60", "600", 0)]));
        await Eventually.TrueAsync(() => Frames().OfType<AppendMessageMessage>().Any(), Timeout, "the delta is stored");
        var pushedBefore = Frames().OfType<AppendMessageMessage>().Count();
        await fixture.Harness.Bus.Publish(new MessagesEnriched
        {
            UserId = _user,
            Messages = [new EnrichedMessage { ChatId = "600", MessageId = "60", Sentiment = -0.8 }],
            Scores = [new FanScores { FanId = "600", ChurnRisk = 0.9, LifetimeValue = 500 }],
        });

        // The handler pushes before the consume completes.
        await Eventually.TrueAsync(() => Consumed<MessagesEnriched>() == 1, Timeout, "the enrichment is consumed");
        Assert.False(await fixture.Harness.Published.Any<Fault<MessagesEnriched>>());
        var pushed = Frames().OfType<AppendMessageMessage>().Skip(pushedBefore).ToList();
        var node = Assert.Single(pushed).Payload.Conversation; // sentiment and score together: one push, not one per fact
        Assert.Equal(-0.8, node.Sentiment);
        Assert.Equal(0.9, node.ChurnRisk);
        Assert.True(node.Priority > PriorityFloorForAwaitingNegativeValuableFan);
    }

    [Fact]
    public async Task Should_store_enrichment_mid_snapshot_without_pushing_and_include_it_in_the_snapshot()
    {
        await fixture.Harness.Bus.Publish(Batch(_user, 1, "snap-e", messages: [In("70", "700", 0)], fans: [Fan("700")]));
        await Eventually.TrueAsync(() => Consumed<MessagesIngested>() == 1, Timeout, "the chunk is stored");
        await fixture.Harness.Bus.Publish(new MessagesEnriched
        {
            UserId = _user,
            Messages = [new EnrichedMessage { ChatId = "700", MessageId = "70", Sentiment = -0.6 }],
        });
        await Eventually.TrueAsync(() => Consumed<MessagesEnriched>() == 1, Timeout, "the enrichment is consumed");
        Assert.False(await fixture.Harness.Published.Any<Fault<MessagesEnriched>>());
        Assert.Empty(Frames().OfType<AppendMessageMessage>()); // the half-written graph is neither loaded nor pushed

        await fixture.Harness.Bus.Publish(SnapshotDone(_user, "snap-e", 1));
        await Eventually.TrueAsync(() => Frames().OfType<FullSyncResponseMessage>().Any(), Timeout, "the snapshot is pushed");
        var node = Assert.Single(Frames().OfType<FullSyncResponseMessage>().Single().Payload.Conversations);
        Assert.Equal(-0.6, node.Sentiment);
    }

    [Fact]
    public async Task Should_push_a_rescoring_of_many_fans_as_one_full_sync_not_an_append_each()
    {
        var fans = Enumerable.Range(0, EnrichmentHandler.MaxAppendsPerUpdate + 50).Select(i => $"{900_000 + i}").ToList();
        await fixture.Harness.Bus.Publish(Batch(_user, 1, "snap-r", messages: [.. fans.Select((f, i) => In($"r{i}", f, i))], fans: [.. fans.Select(f => Fan(f))]));
        // The in-memory harness has no delivery tags to order by: the snapshot's end goes once its chunk is stored.
        await Eventually.TrueAsync(() => Consumed<MessagesIngested>() == 1, Timeout, "the chunk is stored");
        await fixture.Harness.Bus.Publish(SnapshotDone(_user, "snap-r", 1));
        await Eventually.TrueAsync(() => Frames().OfType<FullSyncResponseMessage>().Any(), Timeout, "the snapshot is pushed");
        var appendsBefore = Frames().OfType<AppendMessageMessage>().Count();

        // What enrichment sends after a snapshot: every fan rescored.
        await fixture.Harness.Bus.Publish(new MessagesEnriched
        {
            UserId = _user,
            Scores = [.. fans.Select(f => new FanScores { FanId = f, LifetimeValue = 10, ChurnRisk = 0.7 })],
        });
        await Eventually.TrueAsync(() => Consumed<MessagesEnriched>() == 1, Timeout, "the rescoring is consumed");
        Assert.False(await fixture.Harness.Published.Any<Fault<MessagesEnriched>>());
        Assert.Equal(2, Frames().OfType<FullSyncResponseMessage>().Count());

        Assert.Equal(appendsBefore, Frames().OfType<AppendMessageMessage>().Count());
        var sync = Frames().OfType<FullSyncResponseMessage>().Last().Payload;
        Assert.Equal(fans.Count, sync.Conversations.Count);
        Assert.All(sync.Conversations, c => Assert.Equal(0.7, c.ChurnRisk));
    }

    // Awaiting (40) + negative sentiment (8) + value and churn: well above a fresh neutral message.
    private const int PriorityFloorForAwaitingNegativeValuableFan = 55;

    private int Consumed<T>() where T : class, IUserScoped =>
        fixture.Harness.Consumed.Select<T>(x => x.Context.Message.UserId == _user).Count();

    private List<OutgoingWssMessage> Frames() => [.. fixture.Outbound.Frames.Where(f => f.UserId == _user).Select(f => f.Frame)];
}
