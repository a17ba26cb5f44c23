using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>A conversation's stored aggregates (one row of <c>graph.conversations</c>) with its newest message.</summary>
internal sealed record ConversationRow
{
    public required string ChatId { get; init; }
    public int MessageCount { get; init; }
    public int InboundCount { get; init; }
    public int OutboundCount { get; init; }
    public int PendingInbound { get; init; }
    public DateTimeOffset? AwaitingSince { get; init; }
    /// <summary>The <c>replied_to</c> intervals in seconds, ascending.</summary>
    public double[] ReplySeconds { get; init; } = [];
    public double? Sentiment { get; init; }
    public int? SiteUnreadCount { get; init; }
    public ChatMessage? LastMessage { get; init; }

    /// <summary>The site's count when a chat list was captured, else the fan's messages since the last reply.</summary>
    public int UnreadCount => SiteUnreadCount ?? PendingInbound;
}
