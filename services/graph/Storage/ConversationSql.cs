namespace Platform.Graph.Storage;

/// <summary>
/// The conversation aggregates, computed in SQL from the stored messages of the chats in <c>@chats</c>
/// (or of every chat). Replies: number the creator's messages cumulatively in time order; fan messages
/// with the same number form one pending group, answered by the creator message numbered one more.
/// </summary>
internal static class ConversationSql
{
    /// <summary>The WHERE condition on chat ids: every chat, or those in <c>@chats</c>.</summary>
    public static string ChatFilter(bool allChats, string alias = "") => allChats ? "TRUE" : $"{alias}chat_id = ANY(@chats)";

    public static string Recompute(string chatFilter) => $"""
        WITH m AS (
            SELECT chat_id, message_id, direction, created_at,
                   SUM(direction) OVER (PARTITION BY chat_id ORDER BY created_at, message_id ROWS UNBOUNDED PRECEDING) AS outs
            FROM graph.messages WHERE user_id = @u AND {chatFilter}),
        grp AS (
            SELECT chat_id, outs, MIN(created_at) AS first_in, COUNT(*) AS n FROM m WHERE direction = 0 GROUP BY chat_id, outs),
        intervals AS (
            SELECT m.chat_id, EXTRACT(EPOCH FROM m.created_at - g.first_in)::double precision AS secs
            FROM m JOIN grp g ON g.chat_id = m.chat_id AND m.direction = 1 AND m.outs = g.outs + 1),
        replies AS (SELECT chat_id, ARRAY_AGG(secs ORDER BY secs) AS secs FROM intervals GROUP BY chat_id),
        agg AS (
            SELECT DISTINCT ON (chat_id) chat_id, message_id AS last_id, created_at AS last_at,
                   COUNT(*) OVER (PARTITION BY chat_id) AS total,
                   SUM(direction) OVER (PARTITION BY chat_id) AS outbound
            FROM m ORDER BY chat_id, created_at DESC, message_id DESC),
        sentiment AS (
            SELECT chat_id, AVG(sentiment) AS avg FROM graph.message_sentiments
            WHERE user_id = @u AND {chatFilter} AND message_id IN (SELECT message_id FROM m) GROUP BY chat_id)
        INSERT INTO graph.conversations AS c (user_id, chat_id, message_count, inbound_count, outbound_count, pending_inbound,
            last_message_id, last_message_at, awaiting_since, reply_seconds, sentiment, updated_at)
        SELECT @u, a.chat_id, a.total, a.total - a.outbound, a.outbound, COALESCE(g.n, 0),
               a.last_id, a.last_at, g.first_in, COALESCE(r.secs, ARRAY[]::double precision[]), s.avg, now()
        FROM agg a
        LEFT JOIN grp g ON g.chat_id = a.chat_id AND g.outs = a.outbound
        LEFT JOIN replies r ON r.chat_id = a.chat_id
        LEFT JOIN sentiment s ON s.chat_id = a.chat_id
        ON CONFLICT (user_id, chat_id) DO UPDATE SET
            message_count = EXCLUDED.message_count, inbound_count = EXCLUDED.inbound_count,
            outbound_count = EXCLUDED.outbound_count, pending_inbound = EXCLUDED.pending_inbound,
            last_message_id = EXCLUDED.last_message_id, last_message_at = EXCLUDED.last_message_at,
            awaiting_since = EXCLUDED.awaiting_since, reply_seconds = EXCLUDED.reply_seconds,
            sentiment = EXCLUDED.sentiment, updated_at = EXCLUDED.updated_at
        RETURNING chat_id
        """;

    /// <summary>Columns in the order <see cref="RowReaders.Conversation"/> reads them.</summary>
    /// <param name="chatFilter">From <see cref="ChatFilter"/> with alias <c>c.</c>.</param>
    public static string Select(string chatFilter) => $"""
        SELECT c.chat_id, c.message_count, c.inbound_count, c.outbound_count, c.pending_inbound, c.awaiting_since,
               c.reply_seconds, c.sentiment, c.site_unread_count, {MessageColumns("lm", "ls")}
        FROM graph.conversations c
        LEFT JOIN graph.messages lm ON lm.user_id = c.user_id AND lm.message_id = c.last_message_id
        LEFT JOIN graph.message_sentiments ls ON ls.user_id = c.user_id AND ls.message_id = c.last_message_id
        WHERE c.user_id = @u AND {chatFilter}
        """;

    /// <summary>The columns <see cref="RowReaders.Message"/> reads, from messages <paramref name="m"/> and sentiments <paramref name="s"/>.</summary>
    public static string MessageColumns(string m, string s) =>
        $"{m}.message_id, {m}.chat_id, {m}.text, {m}.direction, {m}.created_at, {m}.price, {m}.is_free, {m}.is_opened, " +
        $"{m}.is_tip, {m}.tip_amount, {m}.media_count, {m}.media_kinds, {m}.is_from_queue, {s}.sentiment, {s}.intents";
}
