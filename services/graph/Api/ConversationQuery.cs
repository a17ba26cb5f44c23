using Platform.Contracts.Model;

namespace Platform.Graph.Api;

/// <summary>Filters, sort and paging of <c>GET /api/v1/conversations</c>.</summary>
internal sealed record ConversationQuery(
    int? Limit, string? Cursor, int? Offset, string? Sort, bool? Unread, bool? Awaiting, bool? Spender, string? Tag)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public ConversationPage Apply(IEnumerable<ConversationNode> nodes)
    {
        var filtered = nodes.Where(n =>
            (Unread is null || (n.UnreadCount > 0) == Unread) &&
            (Awaiting is null || n.AwaitingReply == Awaiting) &&
            (Spender is null || (n.Spend.Total > 0) == Spender) &&
            (Tag is null || n.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase)));
        var sorted = (Sort ?? "priority") switch
        {
            "lastActivity" => filtered.OrderByDescending(n => n.LastActivityAt),
            "spend" => filtered.OrderByDescending(n => n.Spend.Total),
            _ => filtered.OrderByDescending(n => n.Priority).ThenByDescending(n => n.LastActivityAt),
        };
        var all = sorted.ThenBy(n => n.ChatId, StringComparer.Ordinal).ToList();
        var start = Math.Max(0, int.TryParse(Cursor, out var cursor) ? cursor : Offset ?? 0);
        var limit = Math.Clamp(Limit ?? DefaultLimit, 1, MaxLimit);
        var items = all.Skip(start).Take(limit).ToList();
        var next = start + items.Count < all.Count ? (start + items.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new ConversationPage(items, all.Count, next);
    }
}

/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
internal sealed record ConversationPage(IReadOnlyList<ConversationNode> Items, int Total, string? NextCursor);

internal sealed record MessagePage(IReadOnlyList<ChatMessage> Items, bool HasMore, string? NextBefore);
