namespace Platform.Graph.Infrastructure.Entities;

/// <summary>
/// One conversation (chat id = fan id) with its stored aggregates, recomputed by SQL for the chats a
/// batch touched; <see cref="ReplySeconds"/> are the <c>replied_to</c> edge intervals, sorted.
/// </summary>
public sealed class ConversationEntity
{
    public required string UserId { get; set; }
    public required string ChatId { get; set; }
    public int MessageCount { get; set; }
    public int InboundCount { get; set; }
    public int OutboundCount { get; set; }
    /// <summary>Inbound messages after the creator's last reply.</summary>
    public int PendingInbound { get; set; }
    public string? LastMessageId { get; set; }
    public DateTime? LastMessageAt { get; set; }
    public DateTime? AwaitingSince { get; set; }
    public double[] ReplySeconds { get; set; } = [];
    public double? Sentiment { get; set; }
    /// <summary>The site's own unread count, when a chat list was captured.</summary>
    public int? SiteUnreadCount { get; set; }
    public string? LastReadMessageId { get; set; }
    public bool? CanSendMessage { get; set; }
    public DateTime UpdatedAt { get; set; }
}
