using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Graph.Projection;

namespace Platform.Graph.Processing;

/// <summary>The outbound frames the graph sends, built from the cached graph.</summary>
internal static class GraphFrames
{
    public static FullSyncResponseMessage FullSync(UserGraph graph, string snapshotId, DateTimeOffset now)
    {
        var analytics = AnalyticsComposer.Compose(graph, now);
        graph.LastAnalytics = analytics;
        graph.MarkFresh();
        return new FullSyncResponseMessage
        {
            Payload = new FullSyncResponsePayload
            {
                SnapshotId = snapshotId,
                Conversations = Nodes(graph, now),
                Analytics = analytics,
                Graph = GraphStatsCounter.Count(graph),
                GeneratedAt = now,
            },
        };
    }

    /// <summary>Every conversation, highest priority first, then most recent.</summary>
    public static List<ConversationNode> Nodes(UserGraph graph, DateTimeOffset now) =>
    [
        .. graph.Conversations.Values.Select(r => ConversationNodeFactory.Create(graph, r, now))
            .OrderByDescending(n => n.Priority).ThenByDescending(n => n.LastActivityAt).ThenBy(n => n.ChatId, StringComparer.Ordinal),
    ];

    public static AppendMessageMessage Append(UserGraph graph, ConversationRow row, DateTimeOffset now) => new()
    {
        Payload = new AppendMessagePayload { Conversation = ConversationNodeFactory.Create(graph, row, now), Message = row.LastMessage },
    };

    /// <summary>Rebuilds only the sections the graph marked stale (and the expiring window once the clock moves it); the rest are the last pushed ones.</summary>
    /// <returns>Null when no section changed since the last push.</returns>
    public static AnalyticsUpdateMessage? AnalyticsUpdate(UserGraph graph, DateTimeOffset now)
    {
        var stale = graph.LastAnalytics is null ? AnalyticsSections.All : graph.Stale;
        if (now >= graph.ExpiringValidUntil)
        {
            stale |= AnalyticsSections.ExpiringSubscriptions;
        }

        var current = AnalyticsComposer.Compose(graph, now, stale, graph.LastAnalytics);
        var changed = AnalyticsDiff.Changed(graph.LastAnalytics, current);
        graph.LastAnalytics = current;
        graph.MarkFresh();
        return changed is null ? null : new AnalyticsUpdateMessage { Payload = new AnalyticsUpdatePayload { Analytics = changed } };
    }

    public static SystemStatusMessage Status(SystemStatus status, string? snapshotId, string? detail = null) => new()
    {
        Payload = new SystemStatusPayload { Status = status, SnapshotId = snapshotId, Detail = detail },
    };

    public static ThreadMessageMessage ThreadMessage(NormalizedMessage m) => new()
    {
        Payload = new ThreadMessagePayload { ChatId = m.ChatId, Message = ToChatMessage(m) },
    };

    public static ChatMessage ToChatMessage(NormalizedMessage m) => new()
    {
        Id = m.MessageId,
        ChatId = m.ChatId,
        Text = m.TextPlain,
        Direction = m.Direction,
        CreatedAt = m.CreatedAt,
        Price = m.Price,
        IsFree = m.IsFree,
        IsOpened = m.IsOpened,
        IsTip = m.IsTip,
        TipAmount = m.TipAmount,
        MediaCount = m.MediaCount,
        MediaKinds = m.MediaKinds,
        IsFromQueue = m.IsFromQueue,
    };
}
