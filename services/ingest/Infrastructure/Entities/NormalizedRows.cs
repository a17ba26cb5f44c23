namespace Platform.Ingest.Infrastructure.Entities;

// The normalised tables, keyed by (platform user, site id). Written in bulk by Storage/*, read by EF.
// CapturedAt is the capture time of the content the row holds: an older capture never overwrites a newer one.

public sealed class CreatorRow
{
    public required string UserId { get; set; }
    public required string CreatorId { get; set; }
    public string? Name { get; set; }
    public string? Username { get; set; }
}

public sealed class FanRow
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public string? Name { get; set; }
    public string? Username { get; set; }
    public string? AvatarUrl { get; set; }
}

public sealed class ChatRow
{
    public required string UserId { get; set; }
    public required string ChatId { get; set; }
    public int? UnreadCount { get; set; }
    public string? LastReadMessageId { get; set; }
    public bool? CanSendMessage { get; set; }
    public bool? HasUnreadTips { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
}

public sealed class SubscriptionRow
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public DateTimeOffset? SubscribedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public decimal? Price { get; set; }
    public decimal? SiteTotalNet { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
}
