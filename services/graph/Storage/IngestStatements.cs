using System.Globalization;
using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>The upsert statements of one <see cref="MessagesIngested"/>, each added to a batch with the reader of what it changed.</summary>
internal static class IngestStatements
{
    // A batch may carry a record twice; ON CONFLICT cannot touch one row twice in a statement: the last one wins.
    public static List<T> Latest<T>(IReadOnlyList<T> rows, Func<T, string> key)
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

    public static void AddFans(SqlBatch sql, string user, List<FanProfile> fans, StoredChanges changes)
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

    public static void AddChats(SqlBatch sql, string user, List<ChatState> chats, StoredChanges changes)
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
            r => changes.ChatStates[r.GetString(0)] = r.IsDBNull(1) ? null : r.GetInt32(1));
    }

    /// <summary>The messages, and in the same statement the conversation rows of <paramref name="tails"/> (see <see cref="TailSql"/>).</summary>
    public static void AddMessages(SqlBatch sql, string user, List<NormalizedMessage> messages, IReadOnlyDictionary<string, ConversationTail> tails, StoredChanges changes)
    {
        if (messages.Count == 0)
        {
            return;
        }

        if (tails.Count == 0)
        {
            sql.Add(UpsertSql.Messages, p => MessageParameters(p, user, messages), r => changes.Messages.Add(ReadMessage(r, settled: false)));
            return;
        }

        sql.Add(TailSql.UpsertMessagesAndTails, p => TailParameters(MessageParameters(p, user, messages), tails), r =>
        {
            var message = ReadMessage(r, r.GetBoolean(5));
            changes.Messages.Add(message);
            if (message.Settled)
            {
                changes.Settled.Add(message.ChatId);
            }
        });
    }

    private static StoredMessage ReadMessage(NpgsqlDataReader r, bool settled) => new(
        r.GetString(0), r.GetString(1), r.GetInt16(2) == 0 ? MessageDirection.In : MessageDirection.Out,
        RowReaders.Utc(r.GetDateTime(3)), r.GetBoolean(4), settled);

    private static NpgsqlParameterCollection TailParameters(NpgsqlParameterCollection p, IReadOnlyDictionary<string, ConversationTail> tails)
    {
        var rows = tails.Values.ToList();
        return p.With("tchats", rows.Select(t => t.Row.ChatId).ToArray())
            .With("tnew", rows.Select(t => t.NewMessages).ToArray())
            .With("tcounts", rows.Select(t => t.Row.MessageCount).ToArray())
            .With("tins", rows.Select(t => t.Row.InboundCount).ToArray())
            .With("touts", rows.Select(t => t.Row.OutboundCount).ToArray())
            .With("tpending", rows.Select(t => t.Row.PendingInbound).ToArray())
            .With("tlastids", rows.Select(t => t.Row.LastMessage!.Id).ToArray())
            .WithTimes("tlastats", rows.Select(t => (DateTime?)t.Row.LastMessage!.CreatedAt.UtcDateTime).ToArray())
            .WithTimes("tawaits", rows.Select(t => t.Row.AwaitingSince?.UtcDateTime).ToArray())
            .With("tadded", rows.Select(t => "{" + string.Join(',', t.AddedReplies.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "}").ToArray());
    }

    private static NpgsqlParameterCollection MessageParameters(NpgsqlParameterCollection p, string user, List<NormalizedMessage> messages) => p.With("u", user)
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
        .With("queues", messages.Select(m => m.IsFromQueue).ToArray());

    public static void AddTransactions(SqlBatch sql, string user, List<NormalizedTransaction> transactions, StoredChanges changes)
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

    public static void AddSubscriptions(SqlBatch sql, string user, List<FanSubscription> subscriptions, StoredChanges changes)
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
