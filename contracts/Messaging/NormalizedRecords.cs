using Platform.Contracts.Model;

namespace Platform.Contracts.Messaging;

/// <summary>The creator's own site account (from <c>/users/me</c>).</summary>
public sealed record CreatorProfile
{
    public required string CreatorId { get; init; }
    public string? Name { get; init; }
    public string? Username { get; init; }
}

/// <summary>A fan as last seen. Null fields were not in the captured data and must not overwrite known values.</summary>
public sealed record FanProfile
{
    public required string FanId { get; init; }
    public string? Name { get; init; }
    public string? Username { get; init; }
    public string? AvatarUrl { get; init; }
}

/// <summary>A chat's site-side state (chat id = fan id).</summary>
public sealed record ChatState
{
    public required string ChatId { get; init; }
    public int? UnreadCount { get; init; }
    public string? LastReadMessageId { get; init; }
    public bool? CanSendMessage { get; init; }
    public bool? HasUnreadTips { get; init; }
}

/// <summary>One chat message, normalised.</summary>
public sealed record NormalizedMessage
{
    public required string MessageId { get; init; }
    public required string ChatId { get; init; }
    public required string FromUserId { get; init; }
    public required MessageDirection Direction { get; init; }
    /// <summary>Text as captured (HTML).</summary>
    public required string TextHtml { get; init; }
    /// <summary>Tags stripped, entities decoded, &lt;br&gt; as newlines.</summary>
    public required string TextPlain { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public decimal Price { get; init; }
    public bool IsFree { get; init; } = true;
    public bool? IsOpened { get; init; }
    public bool IsTip { get; init; }
    public decimal TipAmount { get; init; }
    public int MediaCount { get; init; }
    public IReadOnlyList<string> MediaKinds { get; init; } = [];
    public bool IsFromQueue { get; init; }
}

/// <summary>What a transaction paid for, from its description.</summary>
public enum TransactionKind
{
    Tip,
    PaidMessage,
    Subscription,
    Post,
    Other,
}

/// <summary>A payout transaction; a later capture with another status replaces it.</summary>
public sealed record NormalizedTransaction
{
    public required string TransactionId { get; init; }
    public string? FanId { get; init; }
    public required TransactionKind Kind { get; init; }
    /// <summary>Gross amount.</summary>
    public required decimal Amount { get; init; }
    public decimal Fee { get; init; }
    public decimal Net { get; init; }
    public string Currency { get; init; } = "USD";
    /// <summary><c>done</c>, <c>loading</c>, <c>undo</c>, <c>pending_return</c>.</summary>
    public required string Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? Description { get; init; }
}

/// <summary>A fan's subscription to the creator (subscribers lists).</summary>
public sealed record FanSubscription
{
    public required string FanId { get; init; }
    public DateTimeOffset? SubscribedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public decimal? Price { get; init; }
    /// <summary>The site's own net totals (<c>subscribedOnData</c>), for reference only: spend comes from transactions.</summary>
    public decimal? SiteTotalNet { get; init; }
}
