using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>
/// Stores one <see cref="MessagesIngested"/> and recomputes the aggregates of the chats it touched, all
/// in one round trip and one transaction, and returns what changed.
/// </summary>
internal sealed class IngestBatchWriter(NpgsqlDataSource dataSource)
{
    public async Task<StoredChanges> WriteAsync(MessagesIngested batch, CancellationToken cancellationToken)
    {
        var changes = new StoredChanges();
        var sql = new SqlBatch();
        var user = batch.UserId;
        if (batch.Creator is { } creator)
        {
            sql.Add(UpsertSql.Creator, p => p.With("u", user).With("id", creator.CreatorId).With("name", creator.Name).With("username", creator.Username),
                r => changes.CreatorId = r.GetString(0));
        }

        AddFans(sql, user, Latest(batch.Fans, f => f.FanId), changes);
        AddChats(sql, user, Latest(batch.Chats, c => c.ChatId), changes);
        var messages = Latest(batch.Messages, m => m.MessageId);
        AddMessages(sql, user, messages, changes);
        AddTransactions(sql, user, Latest(batch.Transactions, t => t.TransactionId), changes);
        AddSubscriptions(sql, user, Latest(batch.Subscriptions, s => s.FanId), changes);

        var chats = messages.Select(m => m.ChatId).Distinct(StringComparer.Ordinal).ToArray();
        if (batch.SnapshotId is not null)
        {
            // A chat spans many chunks: recomputing it per chunk is quadratic. The snapshot's end recomputes all chats once.
            await sql.ExecuteAsync(dataSource, cancellationToken);
            return changes;
        }

        if (chats.Length > 0)
        {
            sql.Add(ConversationSql.Recompute(ConversationSql.ChatFilter(false)), p => p.With("u", user).With("chats", chats));
        }

        var touched = chats.Union(batch.Chats.Select(c => c.ChatId), StringComparer.Ordinal).ToArray();
        if (touched.Length > 0)
        {
            sql.Add(ConversationSql.Select(ConversationSql.ChatFilter(false, "c.")), p => p.With("u", user).With("chats", touched),
                r => changes.Conversations.Add(RowReaders.Conversation(r)));
        }

        await sql.ExecuteAsync(dataSource, cancellationToken);
        return changes;
    }

    // A batch may carry a record twice; ON CONFLICT cannot touch one row twice in a statement: the last one wins.
    private static List<T> Latest<T>(IReadOnlyList<T> rows, Func<T, string> key)
    {
        if (rows.Count < 2)
        {
            return [.. rows];
        }

        var byKey = new Dictionary<string, T>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byKey[key(row)] = row;
        }

        return [.. byKey.Values];
    }

    private static void AddFans(SqlBatch sql, string user, List<FanProfile> fans, StoredChanges changes)
    {
        if (fans.Count == 0)
        {
            return;
        }

        sql.Add(UpsertSql.Fans, p => p.With("u", user)
                .With("ids", fans.Select(f => f.FanId).ToArray())
                .With("names", fans.Select(f => f.Name).ToArray())
                .With("usernames", fans.Select(f => f.Username).ToArray())
                .With("avatars", fans.Select(f => f.AvatarUrl).ToArray()),
            r => changes.Fans.Add(new FanProfile
            {
                FanId = r.GetString(0),
                Name = r.IsDBNull(1) ? null : r.GetString(1),
                Username = r.IsDBNull(2) ? null : r.GetString(2),
                AvatarUrl = r.IsDBNull(3) ? null : r.GetString(3),
            }));
    }

    private static void AddChats(SqlBatch sql, string user, List<ChatState> chats, StoredChanges changes)
    {
        if (chats.Count == 0)
        {
            return;
        }

        sql.Add(UpsertSql.Chats, p => p.With("u", user)
                .With("ids", chats.Select(c => c.ChatId).ToArray())
                .With("unreads", chats.Select(c => c.UnreadCount).ToArray())
                .With("lastreads", chats.Select(c => c.LastReadMessageId).ToArray())
                .With("cansends", chats.Select(c => c.CanSendMessage).ToArray()),
            r => changes.ChatStates.Add(r.GetString(0)));
    }

    private static void AddMessages(SqlBatch sql, string user, List<NormalizedMessage> messages, StoredChanges changes)
    {
        if (messages.Count == 0)
        {
            return;
        }

        sql.Add(UpsertSql.Messages, p => p.With("u", user)
                .With("ids", messages.Select(m => m.MessageId).ToArray())
                .With("chats", messages.Select(m => m.ChatId).ToArray())
                .With("senders", messages.Select(m => m.FromUserId).ToArray())
                .With("dirs", messages.Select(m => (short)(m.Direction == MessageDirection.In ? 0 : 1)).ToArray())
                .With("texts", messages.Select(m => m.TextPlain).ToArray())
                .With("ats", messages.Select(m => m.CreatedAt.UtcDateTime).ToArray())
                .With("prices", messages.Select(m => m.Price).ToArray())
                .With("frees", messages.Select(m => m.IsFree).ToArray())
                .With("openeds", messages.Select(m => m.IsOpened).ToArray())
                .With("tips", messages.Select(m => m.IsTip).ToArray())
                .With("tipamounts", messages.Select(m => m.TipAmount).ToArray())
                .With("medias", messages.Select(m => m.MediaCount).ToArray())
                .With("kinds", messages.Select(m => string.Join(',', m.MediaKinds)).ToArray())
                .With("queues", messages.Select(m => m.IsFromQueue).ToArray()),
            r => changes.Messages.Add(new StoredMessage(
                r.GetString(0), r.GetString(1), r.GetInt16(2) == 0 ? MessageDirection.In : MessageDirection.Out,
                RowReaders.Utc(r.GetDateTime(3)), r.GetBoolean(4))));
    }

    private static void AddTransactions(SqlBatch sql, string user, List<NormalizedTransaction> transactions, StoredChanges changes)
    {
        if (transactions.Count == 0)
        {
            return;
        }

        sql.Add(UpsertSql.Transactions, p => p.With("u", user)
                .With("ids", transactions.Select(t => t.TransactionId).ToArray())
                .With("fans", transactions.Select(t => t.FanId).ToArray())
                .With("kinds", transactions.Select(t => (short)t.Kind).ToArray())
                .With("amounts", transactions.Select(t => t.Amount).ToArray())
                .With("currencies", transactions.Select(t => t.Currency).ToArray())
                .With("statuses", transactions.Select(t => t.Status).ToArray())
                .With("ats", transactions.Select(t => t.CreatedAt.UtcDateTime).ToArray()),
            r => changes.Transactions.Add(StoredRows.Transaction(r)));
    }

    private static void AddSubscriptions(SqlBatch sql, string user, List<FanSubscription> subscriptions, StoredChanges changes)
    {
        if (subscriptions.Count == 0)
        {
            return;
        }

        sql.Add(UpsertSql.Subscriptions, p => p.With("u", user)
                .With("fans", subscriptions.Select(s => s.FanId).ToArray())
                .WithTimes("sinces", subscriptions.Select(s => s.SubscribedAt?.UtcDateTime).ToArray())
                .WithTimes("expires", subscriptions.Select(s => s.ExpiresAt?.UtcDateTime).ToArray())
                .With("prices", subscriptions.Select(s => s.Price).ToArray()),
            r => changes.Subscriptions.Add(StoredRows.Subscription(r)));
    }
}
