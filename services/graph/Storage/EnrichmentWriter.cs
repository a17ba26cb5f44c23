using Npgsql;
using NpgsqlTypes;
using Platform.Contracts.Messaging;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>
/// Stores what enrichment found in one round trip, whatever its size: the messages' sentiments and the
/// fans' scores as set-based upserts, and each touched conversation's average sentiment (only that column:
/// the rest of a conversation does not depend on enrichment, so it is not recomputed).
/// </summary>
internal sealed class EnrichmentWriter(NpgsqlDataSource dataSource)
{
    // Intents travel comma-joined: a jagged text[][] cannot be unnested, and intent names hold no commas.
    private const string UpsertSentiments = """
        INSERT INTO graph.message_sentiments (user_id, message_id, chat_id, sentiment, intents)
        SELECT @u, id, chat, sentiment, string_to_array(intents, ',') FROM unnest(@ids, @chats, @sentiments, @intents) AS x(id, chat, sentiment, intents)
        ON CONFLICT (user_id, message_id) DO UPDATE SET chat_id = EXCLUDED.chat_id, sentiment = EXCLUDED.sentiment, intents = EXCLUDED.intents
        RETURNING message_id
        """;

    // The same average as ConversationSql.Recompute: the sentiments of the chat's messages that have arrived.
    private const string UpdateAverages = """
        UPDATE graph.conversations c SET updated_at = now(), sentiment = (
            SELECT AVG(s.sentiment) FROM graph.message_sentiments s
            JOIN graph.messages m ON m.user_id = s.user_id AND m.message_id = s.message_id
            WHERE s.user_id = @u AND s.chat_id = c.chat_id)
        WHERE c.user_id = @u AND c.chat_id = ANY(@chats)
        RETURNING c.chat_id
        """;

    /// <returns>The rows of the conversations whose sentiment was recomputed (those that exist).</returns>
    public async Task<List<ConversationRow>> SaveAsync(MessagesEnriched enriched, CancellationToken cancellationToken)
    {
        var rows = new List<ConversationRow>();
        var batch = new SqlBatch();
        // The last analysis of a message wins, as a redelivery's would.
        var messages = enriched.Messages.GroupBy(m => m.MessageId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (messages.Count > 0)
        {
            string[] chats = [.. messages.Select(m => m.ChatId).Distinct(StringComparer.Ordinal)];
            batch
                .Add(UpsertSentiments, p => p.With("u", enriched.UserId)
                    .With("ids", messages.Select(m => m.MessageId).ToArray())
                    .With("chats", messages.Select(m => m.ChatId).ToArray())
                    .With("sentiments", messages.Select(m => m.Sentiment).ToArray())
                    .With("intents", messages.Select(m => string.Join(',', m.Intents)).ToArray()))
                .Add(UpdateAverages, p => p.With("u", enriched.UserId).With("chats", chats))
                .Add(ConversationSql.Select(ConversationSql.ChatFilter(false, "c.")), p => p.With("u", enriched.UserId).With("chats", chats),
                    r => rows.Add(RowReaders.Conversation(r)));
        }

        var scores = enriched.Scores.GroupBy(s => s.FanId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (scores.Count > 0)
        {
            batch.Add(FanScoreSql.UpsertMany, p => FanScoreSql.Parameters(p, enriched.UserId, scores));
        }

        await batch.ExecuteAsync(dataSource, cancellationToken);
        return rows;
    }
}
