using Npgsql;
using Platform.Contracts.Model;

namespace Platform.Graph.Storage;

/// <summary>A chat's messages, newest page first, each page returned oldest-first.</summary>
internal sealed class ThreadReader(NpgsqlDataSource dataSource)
{
    public const int MaxLimit = 500;

    private static readonly string _page = $"""
        SELECT {ConversationSql.MessageColumns("m", "s")}
        FROM graph.messages m
        LEFT JOIN graph.message_sentiments s ON s.user_id = m.user_id AND s.message_id = m.message_id
        WHERE m.user_id = @u AND m.chat_id = @chat
          AND (@before::text IS NULL OR (m.created_at, m.message_id) <
              (SELECT b.created_at, b.message_id FROM graph.messages b WHERE b.user_id = @u AND b.message_id = @before::text))
        ORDER BY m.created_at DESC, m.message_id DESC
        LIMIT @take
        """;

    public async Task<(IReadOnlyList<ChatMessage> Messages, bool HasMore)> PageAsync(
        string userId, string chatId, string? beforeMessageId, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var newestFirst = new List<ChatMessage>(limit + 1);
        await new SqlBatch()
            .Add(_page, p => p.With("u", userId).With("chat", chatId).With("before", beforeMessageId).With("take", limit + 1),
                r => newestFirst.Add(RowReaders.Message(r, 0)))
            .ExecuteAsync(dataSource, cancellationToken);
        var hasMore = newestFirst.Count > limit;
        var page = newestFirst.Take(limit).Reverse().ToList();
        return (page, hasMore);
    }
}
