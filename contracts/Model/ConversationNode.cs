namespace Platform.Contracts.Model;

/// <summary>One conversation (one per fan) with everything the inbox needs to rank and show it.</summary>
public sealed record ConversationNode
{
    /// <summary>The fan's site id: a chat's id is its fan's id.</summary>
    public required string ChatId { get; init; }
    public required FanRef Fan { get; init; }
    public int MessageCount { get; init; }
    public int InboundCount { get; init; }
    public int OutboundCount { get; init; }
    public int UnreadCount { get; init; }
    /// <summary>True when the last message is the fan's.</summary>
    public bool AwaitingReply { get; init; }
    /// <summary>Time of the fan's first unanswered message, when awaiting a reply.</summary>
    public DateTimeOffset? AwaitingSince { get; init; }
    public LastMessage? LastMessage { get; init; }
    public DateTimeOffset? LastActivityAt { get; init; }
    public required Spend Spend { get; init; }
    public required ResponseTimeStats ResponseTime { get; init; }
    /// <summary>-1..1, null until enrichment has scored the fan's messages.</summary>
    public double? Sentiment { get; init; }
    /// <summary>0..100, higher means answer sooner (docs/graph.md says how it is computed).</summary>
    public int Priority { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public SubscriptionInfo? Subscription { get; init; }
    /// <summary>0..1 from enrichment; null until known.</summary>
    public double? ChurnRisk { get; init; }
}

/// <summary>The newest message of a conversation.</summary>
public sealed record LastMessage
{
    public required string Id { get; init; }
    /// <summary>Plain text: HTML stripped, entities decoded.</summary>
    public required string Text { get; init; }
    public required MessageDirection Direction { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public decimal Price { get; init; }
    public bool IsTip { get; init; }
    public decimal TipAmount { get; init; }
}
