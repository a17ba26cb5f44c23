using Platform.Contracts.Messaging;
using Platform.Graph.Projection;
using Platform.Graph.Storage;

namespace Platform.Graph.Processing;

/// <summary>Picks the chats of a delta whose new messages all sort after the chat's newest one, and folds them in memory.</summary>
internal static class TailPlanner
{
    public static Dictionary<string, ConversationTail> Plan(UserGraph graph, MessagesIngested batch)
    {
        var tails = new Dictionary<string, ConversationTail>(StringComparer.Ordinal);
        if (batch.SnapshotId is not null || !graph.Loaded || batch.Messages.Count == 0)
        {
            return tails;
        }

        foreach (var chat in IngestStatements.Latest(batch.Messages, m => m.MessageId).GroupBy(m => m.ChatId, StringComparer.Ordinal))
        {
            var current = graph.Conversations.GetValueOrDefault(chat.Key);
            if (chat.All(m => ConversationTail.After(current, m)))
            {
                var ascending = chat.OrderBy(m => ConversationTail.Stored(m.CreatedAt)).ThenBy(m => m.MessageId, StringComparer.Ordinal).ToList();
                tails[chat.Key] = ConversationTail.Append(current, chat.Key, ascending);
            }
        }

        return tails;
    }
}
