using System.Text.Json;
using Platform.Contracts.Capture;
using Platform.Contracts.Model;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Incoming;
using Platform.Contracts.Wss.Outgoing;

namespace Platform.Contracts.Tests.Serialization;

/// <summary>One realistic instance of every frame type of both unions.</summary>
internal static class SampleFrames
{
    private static readonly DateTimeOffset _at = new(2025, 3, 1, 18, 4, 5, 120, TimeSpan.Zero);

    public static RawCapturedEvent ChatsFetch { get; } = new()
    {
        Event = CapturedEventKind.Fetch,
        Data = new CapturedEventData
        {
            Url = "https://onlyfans.com/api2/v2/chats?limit=10&offset=0",
            Method = "GET",
            Status = 200,
            ResponseBody = JsonDocument.Parse("""{"list":[{"withUser":{"id":100000001,"_view":"m"},"lastMessage":{"id":8000000000005}}],"hasMore":false}""").RootElement,
            CapturedAt = _at,
        },
    };

    public static IEnumerable<IncomingWssMessage> Incoming()
    {
        yield return new CacheUpdateMessage { Id = "c-1", Payload = new CacheUpdatePayload { SnapshotId = "snap-1", ChunkIndex = 0, ChunkCount = 2, Events = [ChatsFetch] } };
        yield return new NewRawMessageMessage
        {
            Id = "d-1",
            Payload = new RawCapturedEvent
            {
                Event = CapturedEventKind.WebSocket,
                Data = new CapturedEventData
                {
                    Url = "wss://ws2.onlyfans.com/ws3/30",
                    Direction = "in",
                    Frame = JsonDocument.Parse("""{"api2_chat_message":{"id":8000000000006,"text":"<p>hi there</p>","fromUser":{"id":100000001}}}""").RootElement,
                    CapturedAt = _at,
                },
            },
        };
        yield return new KeepaliveMessage();
        yield return new PingMessage { Payload = new PingPayload { ClientTime = 1_740_852_245_120 } };
        yield return new SubscribeMessage { Payload = new TopicPayload { Topic = "chat:100000001" } };
        yield return new UnsubscribeMessage { Payload = new TopicPayload { Topic = "chat:100000001" } };
        yield return new SendMessageMessage { Id = "s-1", Payload = new SendMessagePayload { ChatId = "100000001", CommandId = "cmd-1", Decision = SendDecision.Approve, Text = "Hi & welcome", Price = 15m } };
        yield return new CommandResultMessage { Payload = new CommandResultPayload { CommandId = "cmd-1", Status = CommandOutcome.Sent, SiteMessageId = "8000000000009", ExecutedAt = _at } };
        yield return new SyncRequestMessage();
    }

    public static IEnumerable<OutgoingWssMessage> Outgoing()
    {
        var conversation = Conversation();
        var message = new ChatMessage { Id = "8000000000006", ChatId = "100000001", Text = "hi there", Direction = MessageDirection.In, CreatedAt = _at, MediaKinds = ["video"] };
        var command = new SendMessageCommand { CommandId = "cmd-1", ChatId = "100000001", Text = "Hi Fan A!", Price = 0, Reason = "greeting", RequiresApproval = true, CreatedAt = _at };
        var analytics = new CreatorAnalytics
        {
            Totals = new AnalyticsTotals { Revenue = 65m, Tips = 50m, PaidMessages = 15m, Fans = 1, Conversations = 1, Messages = 2 },
            RevenuePerDay = [new RevenueDay { Date = "2025-03-01", Tips = 50m, PaidMessages = 15m, Total = 65m }],
            ResponseTime = new ResponseTimeDistribution { P50Seconds = 60, P90Seconds = 300, Samples = 3, Histogram = [new HistogramBucket { UpToSeconds = 60, Count = 2 }, new HistogramBucket { Count = 1 }] },
            FanScores = [new FanScores { FanId = "100000001", LifetimeValue = 65m, ChurnRisk = 0.2, BigSpenderLikelihood = 0.7, UpdatedAt = _at }],
        };
        yield return new ConnectionAckMessage
        {
            Payload = new ConnectionAckPayload
            {
                ConnectionId = "conn-1", UserId = "creator-1", Role = ClientRole.Bridge, ServerVersion = "1.0.0", ProtocolVersion = 1,
                HeartbeatIntervalSeconds = 30, KeepaliveIntervalSeconds = 20, IdleTimeoutSeconds = 60,
                Limits = new ConnectionLimits { MaxFrameBytes = 1 << 20, RateLimitPerSecond = 2000, RateLimitBurst = 4000, MaxOutboundQueueFrames = 1000, MaxOutboundQueueBytes = 1 << 20 },
            },
        };
        yield return new SystemStatusMessage { Payload = new SystemStatusPayload { Status = SystemStatus.ProcessingSnapshot, SnapshotId = "snap-1" } };
        yield return new SystemErrorMessage { Id = "d-1", Payload = new SystemErrorPayload { Code = "invalid_payload", Message = "the frame is invalid", Problems = ["field `payload.topic` must look like chat:{chatId}"] } };
        yield return new FullSyncResponseMessage { Payload = new FullSyncResponsePayload { SnapshotId = "snap-1", Conversations = [conversation], Analytics = analytics, Graph = new GraphStats { NodeCount = 5, EdgeCount = 4, Fans = 1, Conversations = 1, Messages = 2 }, GeneratedAt = _at } };
        yield return new AppendMessageMessage { Payload = new AppendMessagePayload { Conversation = conversation, Message = message } };
        yield return new AnalyticsUpdateMessage { Payload = new AnalyticsUpdatePayload { Analytics = analytics } };
        yield return new CommandToExecuteMessage { Payload = new CommandToExecutePayload { Command = command } };
        yield return new CommandStatusMessage { Payload = new CommandStatusPayload { Command = command, State = CommandState.PendingApproval, UpdatedAt = _at } };
        yield return new PongMessage { Payload = new PongPayload { ClientTime = 1, ServerTime = 2 } };
        yield return new MessageAckMessage { Id = "d-1", Payload = new MessageAckPayload { Id = "d-1" } };
        yield return new ThreadHistoryMessage { Payload = new ThreadHistoryPayload { ChatId = "100000001", Messages = [message], HasMore = true } };
        yield return new ThreadMessageMessage { Payload = new ThreadMessagePayload { ChatId = "100000001", Message = message } };
        yield return new StreamStartMessage { Payload = new StreamStartPayload { StreamId = "st-1", ChatId = "100000001", CommandId = "cmd-1", Reason = "question" } };
        yield return new StreamChunkMessage { Payload = new StreamChunkPayload { StreamId = "st-1", Index = 0, Text = "Hi " } };
        yield return new StreamEndMessage { Payload = new StreamEndPayload { StreamId = "st-1", Text = "Hi Fan A!", CommandId = "cmd-1", FinishReason = "completed" } };
    }

    private static ConversationNode Conversation() => new()
    {
        ChatId = "100000001",
        Fan = new FanRef { Id = "100000001", Name = "Fan A", Username = "u100000001" },
        MessageCount = 2, InboundCount = 1, OutboundCount = 1, UnreadCount = 1, AwaitingReply = true, AwaitingSince = _at,
        LastMessage = new LastMessage { Id = "8000000000006", Text = "hi there", Direction = MessageDirection.In, CreatedAt = _at },
        LastActivityAt = _at,
        Spend = new Spend { Total = 65m, Tips = 50m, PaidMessages = 15m },
        ResponseTime = new ResponseTimeStats { AvgSeconds = 120, P90Seconds = 300, Samples = 3 },
        Sentiment = 0.5, Priority = 80, Tags = ["vip"],
        Subscription = new SubscriptionInfo { SubscribedAt = _at.AddDays(-30), ExpiresAt = _at.AddDays(3), Price = 9.99m, IsActive = true },
    };
}
