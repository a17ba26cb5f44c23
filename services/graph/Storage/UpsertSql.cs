namespace Platform.Graph.Storage;

/// <summary>
/// Bulk upserts from parallel arrays (<c>unnest</c>): one statement per record kind, whatever the batch size.
/// A row that is already stored unchanged is not rewritten and not returned, so a redelivered batch
/// reports no changes. Null fields of a capture never overwrite known values.
/// </summary>
internal static class UpsertSql
{
    public const string Creator = """
        INSERT INTO graph.creators AS t (user_id, creator_id, name, username) VALUES (@u, @id, @name, @username)
        ON CONFLICT (user_id) DO UPDATE SET creator_id = EXCLUDED.creator_id,
            name = COALESCE(EXCLUDED.name, t.name), username = COALESCE(EXCLUDED.username, t.username)
        RETURNING creator_id
        """;

    public const string Fans = """
        INSERT INTO graph.fans AS t (user_id, fan_id, name, username, avatar_url, updated_at)
        SELECT @u, x.id, x.name, x.username, x.avatar, now()
        FROM unnest(@ids, @names, @usernames, @avatars) AS x(id, name, username, avatar)
        ON CONFLICT (user_id, fan_id) DO UPDATE SET name = COALESCE(EXCLUDED.name, t.name),
            username = COALESCE(EXCLUDED.username, t.username), avatar_url = COALESCE(EXCLUDED.avatar_url, t.avatar_url),
            updated_at = now()
        WHERE (t.name, t.username, t.avatar_url) IS DISTINCT FROM
            (COALESCE(EXCLUDED.name, t.name), COALESCE(EXCLUDED.username, t.username), COALESCE(EXCLUDED.avatar_url, t.avatar_url))
        RETURNING fan_id, name, username, avatar_url
        """;

    public const string Chats = """
        INSERT INTO graph.conversations AS t (user_id, chat_id, site_unread_count, last_read_message_id, can_send_message, updated_at)
        SELECT @u, x.id, x.unread, x.last_read, x.can_send, now()
        FROM unnest(@ids, @unreads, @lastreads, @cansends) AS x(id, unread, last_read, can_send)
        ON CONFLICT (user_id, chat_id) DO UPDATE SET site_unread_count = COALESCE(EXCLUDED.site_unread_count, t.site_unread_count),
            last_read_message_id = COALESCE(EXCLUDED.last_read_message_id, t.last_read_message_id),
            can_send_message = COALESCE(EXCLUDED.can_send_message, t.can_send_message), updated_at = now()
        WHERE (t.site_unread_count, t.last_read_message_id, t.can_send_message) IS DISTINCT FROM
            (COALESCE(EXCLUDED.site_unread_count, t.site_unread_count), COALESCE(EXCLUDED.last_read_message_id, t.last_read_message_id),
             COALESCE(EXCLUDED.can_send_message, t.can_send_message))
        RETURNING chat_id, site_unread_count
        """;

    // Direction and time are a message's identity on the site: never updated, so counters stay exact.
    public const string Messages = """
        INSERT INTO graph.messages AS t (user_id, message_id, chat_id, from_user_id, direction, text, created_at, price, is_free,
            is_opened, is_tip, tip_amount, media_count, media_kinds, is_from_queue)
        SELECT @u, x.id, x.chat, x.sender, x.dir, x.text, x.at, x.price, x.free, x.opened, x.tip, x.tip_amount, x.media,
            COALESCE(string_to_array(NULLIF(x.kinds, ''), ','), '{}'), x.queue
        FROM unnest(@ids, @chats, @senders, @dirs, @texts, @ats, @prices, @frees, @openeds, @tips, @tipamounts, @medias, @kinds, @queues)
            AS x(id, chat, sender, dir, text, at, price, free, opened, tip, tip_amount, media, kinds, queue)
        ON CONFLICT (user_id, message_id) DO UPDATE SET text = EXCLUDED.text, price = EXCLUDED.price, is_free = EXCLUDED.is_free,
            is_opened = COALESCE(EXCLUDED.is_opened, t.is_opened), is_tip = EXCLUDED.is_tip, tip_amount = EXCLUDED.tip_amount,
            media_count = EXCLUDED.media_count, media_kinds = EXCLUDED.media_kinds, is_from_queue = EXCLUDED.is_from_queue
        WHERE (t.text, t.price, t.is_free, t.is_opened, t.is_tip, t.tip_amount, t.media_count, t.media_kinds, t.is_from_queue)
            IS DISTINCT FROM (EXCLUDED.text, EXCLUDED.price, EXCLUDED.is_free, COALESCE(EXCLUDED.is_opened, t.is_opened),
            EXCLUDED.is_tip, EXCLUDED.tip_amount, EXCLUDED.media_count, EXCLUDED.media_kinds, EXCLUDED.is_from_queue)
        RETURNING message_id, chat_id, direction, created_at, (xmax = 0) AS inserted
        """;

    public const string Transactions = """
        INSERT INTO graph.transactions AS t (user_id, transaction_id, fan_id, kind, amount, currency, status, created_at)
        SELECT @u, x.id, x.fan, x.kind, x.amount, x.currency, x.status, x.at
        FROM unnest(@ids, @fans, @kinds, @amounts, @currencies, @statuses, @ats) AS x(id, fan, kind, amount, currency, status, at)
        ON CONFLICT (user_id, transaction_id) DO UPDATE SET fan_id = COALESCE(EXCLUDED.fan_id, t.fan_id), kind = EXCLUDED.kind,
            amount = EXCLUDED.amount, currency = EXCLUDED.currency, status = EXCLUDED.status, created_at = EXCLUDED.created_at
        WHERE (t.fan_id, t.kind, t.amount, t.currency, t.status, t.created_at) IS DISTINCT FROM
            (COALESCE(EXCLUDED.fan_id, t.fan_id), EXCLUDED.kind, EXCLUDED.amount, EXCLUDED.currency, EXCLUDED.status, EXCLUDED.created_at)
        RETURNING transaction_id, fan_id, kind, amount, currency, status, created_at
        """;

    public const string Subscriptions = """
        INSERT INTO graph.subscriptions AS t (user_id, fan_id, subscribed_at, expires_at, price)
        SELECT @u, x.fan, x.since, x.expires, x.price FROM unnest(@fans, @sinces, @expires, @prices) AS x(fan, since, expires, price)
        ON CONFLICT (user_id, fan_id) DO UPDATE SET subscribed_at = COALESCE(EXCLUDED.subscribed_at, t.subscribed_at),
            expires_at = COALESCE(EXCLUDED.expires_at, t.expires_at), price = COALESCE(EXCLUDED.price, t.price)
        WHERE (t.subscribed_at, t.expires_at, t.price) IS DISTINCT FROM (COALESCE(EXCLUDED.subscribed_at, t.subscribed_at),
            COALESCE(EXCLUDED.expires_at, t.expires_at), COALESCE(EXCLUDED.price, t.price))
        RETURNING fan_id, subscribed_at, expires_at, price
        """;
}
