using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Graph.Projection;
using static Platform.Graph.Storage.IngestStatements;

namespace Platform.Graph.Storage;

/// <summary>
/// Stores one <see cref="MessagesIngested"/> in one round trip and one transaction, and returns what
/// changed. Chats whose new messages all land after their newest one get the row computed in memory
/// (the tails); the others are recomputed in SQL in the same round trip.
/// </summary>
internal sealed class IngestBatchWriter(NpgsqlDataSource dataSource)
{
    /// <param name="tails">Per chat, the row the service expects if its new messages are really new; empty for a snapshot chunk.</param>
    public async Task<StoredChanges> WriteAsync(MessagesIngested batch, IReadOnlyDictionary<string, ConversationTail> tails, CancellationToken cancellationToken)
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
        AddMessages(sql, user, messages, tails, changes);
        AddTransactions(sql, user, Latest(batch.Transactions, t => t.TransactionId), changes);
        AddSubscriptions(sql, user, Latest(batch.Subscriptions, s => s.FanId), changes);

        // A chat spans many chunks: recomputing it per chunk is quadratic. The snapshot's end recomputes all chats once.
        var recompute = batch.SnapshotId is not null ? [] : messages.Select(m => m.ChatId).Where(c => !tails.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToArray();
        AddRecompute(sql, user, recompute, changes);
        await sql.ExecuteAsync(dataSource, cancellationToken);
        changes.Recomputed.UnionWith(recompute);
        return changes;
    }

    /// <summary>A second round trip, only when a guessed tail was wrong (a resent or edited message, a sentiment stored first).</summary>
    public async Task RecomputeAsync(string user, string[] chats, StoredChanges changes, CancellationToken cancellationToken)
    {
        var sql = new SqlBatch();
        AddRecompute(sql, user, chats, changes);
        await sql.ExecuteAsync(dataSource, cancellationToken);
        changes.Recomputed.UnionWith(chats);
    }

    private static void AddRecompute(SqlBatch sql, string user, string[] chats, StoredChanges changes)
    {
        if (chats.Length > 0)
        {
            sql.Add(ConversationSql.Recompute(ConversationSql.ChatFilter(false)), p => p.With("u", user).With("chats", chats))
                .Add(ConversationSql.Select(ConversationSql.ChatFilter(false, "c.")), p => p.With("u", user).With("chats", chats),
                    r => changes.Conversations.Add(RowReaders.Conversation(r)));
        }
    }
}
