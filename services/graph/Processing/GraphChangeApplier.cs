using Platform.Graph.Projection;
using Platform.Graph.Storage;

namespace Platform.Graph.Processing;

/// <summary>Folds what a batch changed in PostgreSQL into the cached graph.</summary>
internal static class GraphChangeApplier
{
    /// <returns>The conversations whose node changed, in chat id order.</returns>
    public static IReadOnlyList<string> Apply(UserGraph graph, StoredChanges changes)
    {
        var changed = new HashSet<string>(changes.ChatStates, StringComparer.Ordinal);
        graph.CreatorId = changes.CreatorId ?? graph.CreatorId;
        foreach (var profile in changes.Fans)
        {
            var fan = graph.Fan(profile.FanId);
            (fan.Name, fan.Username, fan.AvatarUrl) = (profile.Name, profile.Username, profile.AvatarUrl);
            changed.Add(profile.FanId);
        }

        foreach (var message in changes.Messages)
        {
            if (message.Inserted)
            {
                graph.Counters.Add(message.Direction, message.CreatedAt);
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
            changed.Add(fanId);
        }

        foreach (var row in changes.Conversations)
        {
            graph.SetConversation(row);
        }

        return [.. changed.Where(graph.Conversations.ContainsKey).Order(StringComparer.Ordinal)];
    }
}
