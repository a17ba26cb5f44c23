using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>Stores enrichment's results; a message's sentiment also recomputes its conversation's average.</summary>
internal sealed class EnrichmentWriter(NpgsqlDataSource dataSource)
{
    private const string UpsertSentiment = """
        INSERT INTO graph.message_sentiments (user_id, message_id, chat_id, sentiment, intents) VALUES (@u, @id, @chat, @sentiment, @intents)
        ON CONFLICT (user_id, message_id) DO UPDATE SET chat_id = EXCLUDED.chat_id, sentiment = EXCLUDED.sentiment, intents = EXCLUDED.intents
        RETURNING message_id
        """;

    /// <returns>The conversation's new row, or null when its messages have not arrived yet.</returns>
    public async Task<ConversationRow?> SaveSentimentAsync(MessageEnriched message, CancellationToken cancellationToken)
    {
        ConversationRow? row = null;
        string[] chats = [message.ChatId];
        await new SqlBatch()
            .Add(UpsertSentiment, p => p.With("u", message.UserId).With("id", message.MessageId).With("chat", message.ChatId)
                .With("sentiment", message.Sentiment).With("intents", message.Intents.ToArray()))
            .Add(ConversationSql.Recompute(ConversationSql.ChatFilter(false)), p => p.With("u", message.UserId).With("chats", chats))
            .Add(ConversationSql.Select(ConversationSql.ChatFilter(false, "c.")), p => p.With("u", message.UserId).With("chats", chats),
                r => row = RowReaders.Conversation(r))
            .ExecuteAsync(dataSource, cancellationToken);
        return row;
    }

    public Task SaveScoresAsync(FanScored message, CancellationToken cancellationToken) =>
        new SqlBatch().Add(FanScoreSql.Upsert, p => FanScoreSql.Parameters(p, message)).ExecuteAsync(dataSource, cancellationToken);
}
