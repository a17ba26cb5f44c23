using Platform.Graph.Projection;
using Platform.Graph.Storage;

namespace Platform.Graph.Processing;

/// <summary>Folds what a batch changed in PostgreSQL into the cached graph.</summary>
internal static class GraphChangeApplier
{
    /// <param name="tails">The rows guessed before writing; only those the database confirmed (<see cref="StoredChanges.Settled"/>) are applied.</param>
    /// <returns>The conversations whose node changed, in chat id order.</returns>
    public static IReadOnlyList<string> Apply(UserGraph graph, StoredChanges changes, IReadOnlyDictionary<string, ConversationTail> tails)
    {
        var changed = new HashSet<string>(changes.ChatStates.Keys, StringComparer.Ordinal);
        graph.CreatorId = changes.CreatorId ?? graph.CreatorId;
        foreach (var profile in changes.Fans)
        {
            var fan = graph.Fan(profile.FanId);
            (fan.Name, fan.Username, fan.AvatarUrl) = (profile.Name, profile.Username, profile.AvatarUrl);
            changed.Add(profile.FanId);
        }

        if (changes.Fans.Count > 0)
        {
            graph.MarkStale(AnalyticsSections.FanFacing);
        }

        foreach (var message in changes.Messages)
        {
            if (message.Inserted)
            {
                graph.CountMessage(message.Direction, message.CreatedAt);
            }

            changed.Add(message.ChatId);
        }

        foreach (var transaction in changes.Transactions)
        {
            graph.SetTransaction(transaction);
            if (transaction.FanId is not null)
            {
                changed.Add(transaction.FanId);
            }
        }

        foreach (var (fanId, subscription) in changes.Subscriptions)
        {
            graph.Fan(fanId).Subscription = subscription;
            graph.MarkStale(AnalyticsSections.ExpiringSubscriptions);
            changed.Add(fanId);
        }

        ApplyConversations(graph, changes, tails);
        return [.. changed.Where(graph.Conversations.ContainsKey).Order(StringComparer.Ordinal)];
    }

    // Chat state first: a tail row carries the aggregates, the stored site unread count stays; re-read rows are complete.
    private static void ApplyConversations(UserGraph graph, StoredChanges changes, IReadOnlyDictionary<string, ConversationTail> tails)
    {
        foreach (var (chatId, siteUnread) in changes.ChatStates)
        {
            var row = graph.Conversations.GetValueOrDefault(chatId) ?? new ConversationRow { ChatId = chatId };
            graph.SetConversation(row with { SiteUnreadCount = siteUnread });
        }

        foreach (var chatId in changes.Settled)
        {
            var siteUnread = graph.Conversations.GetValueOrDefault(chatId)?.SiteUnreadCount;
            graph.SetConversation(tails[chatId].Row with { SiteUnreadCount = siteUnread });
        }

        foreach (var row in changes.Conversations)
        {
            graph.SetConversation(row);
        }
    }
}
