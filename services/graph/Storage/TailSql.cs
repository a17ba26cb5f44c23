namespace Platform.Graph.Storage;

/// <summary>
/// The delta fast path in one statement: upsert the messages, then write the conversation rows the
/// service computed in memory (<c>ConversationTail</c>) for exactly the chats where the database
/// confirms the guess: every new message of the chat was really inserted (none existed already) and
/// none has a stored sentiment. Other chats are left untouched and reported unsettled
/// (<c>settled = false</c> on their returned messages), to be recomputed.
/// </summary>
internal static class TailSql
{
    public static readonly string UpsertMessagesAndTails = $"""
        WITH ins AS (
        {UpsertSql.Messages}
        ),
        tails AS (
            SELECT * FROM unnest(@tchats, @tnew, @tcounts, @tins, @touts, @tpending, @tlastids, @tlastats, @tawaits, @tadded)
                AS x(chat_id, new_messages, message_count, inbound_count, outbound_count, pending_inbound, last_message_id, last_message_at, awaiting_since, added)),
        confirmed AS (
            SELECT t.* FROM tails t
            WHERE (SELECT COUNT(*) FROM ins WHERE ins.chat_id = t.chat_id AND ins.inserted) = t.new_messages
              AND NOT EXISTS (SELECT 1 FROM ins JOIN graph.message_sentiments s ON s.user_id = @u AND s.message_id = ins.message_id
                              WHERE ins.chat_id = t.chat_id)),
        conv AS (
            INSERT INTO graph.conversations AS c (user_id, chat_id, message_count, inbound_count, outbound_count, pending_inbound,
                last_message_id, last_message_at, awaiting_since, reply_seconds, updated_at)
            SELECT @u, chat_id, message_count, inbound_count, outbound_count, pending_inbound, last_message_id, last_message_at,
                awaiting_since, added::double precision[], now()
            FROM confirmed
            ON CONFLICT (user_id, chat_id) DO UPDATE SET message_count = EXCLUDED.message_count, inbound_count = EXCLUDED.inbound_count,
                outbound_count = EXCLUDED.outbound_count, pending_inbound = EXCLUDED.pending_inbound,
                last_message_id = EXCLUDED.last_message_id, last_message_at = EXCLUDED.last_message_at,
                awaiting_since = EXCLUDED.awaiting_since, updated_at = EXCLUDED.updated_at,
                reply_seconds = CASE WHEN cardinality(EXCLUDED.reply_seconds) = 0 THEN c.reply_seconds
                    ELSE ARRAY(SELECT v FROM unnest(c.reply_seconds || EXCLUDED.reply_seconds) AS v ORDER BY v) END
            RETURNING chat_id)
        SELECT ins.message_id, ins.chat_id, ins.direction, ins.created_at, ins.inserted,
            EXISTS (SELECT 1 FROM conv WHERE conv.chat_id = ins.chat_id) AS settled
        FROM ins
        """;
}
