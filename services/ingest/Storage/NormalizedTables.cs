using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Storage;

/// <summary>The column lists of the normalised tables and how rows become column arrays.</summary>
public static class NormalizedTables
{
    public static readonly TableSpec<FanProfile> Fans = new("ingest.fans", guarded: false,
        [new("fan_id", "text"), new("name", "text", true), new("username", "text", true), new("avatar_url", "text", true)],
        rows => [Col(rows, r => r.FanId), Col(rows, r => r.Name), Col(rows, r => r.Username), Col(rows, r => r.AvatarUrl)]);

    public static readonly TableSpec<Captured<ChatState>> Chats = new("ingest.chats", guarded: true,
        [new("chat_id", "text"), new("unread_count", "int", true), new("last_read_message_id", "text", true),
         new("can_send_message", "bool", true), new("has_unread_tips", "bool", true), new("captured_at", "timestamptz")],
        rows => [Col(rows, r => r.Row.ChatId), Col(rows, r => r.Row.UnreadCount), Col(rows, r => r.Row.LastReadMessageId),
                 Col(rows, r => r.Row.CanSendMessage), Col(rows, r => r.Row.HasUnreadTips), Col(rows, r => r.CapturedAt.ToUniversalTime())]);

    public static readonly TableSpec<Captured<NormalizedMessage>> Messages = new("ingest.messages", guarded: true,
        [new("message_id", "text"), new("chat_id", "text"), new("from_user_id", "text"), new("direction", "text"),
         new("text_html", "text"), new("text_plain", "text"), new("created_at", "timestamptz"), new("price", "numeric"),
         new("is_free", "bool"), new("is_opened", "bool", true), new("is_tip", "bool"), new("tip_amount", "numeric"),
         new("media_count", "int"), new("media_kinds", "text"), new("is_from_queue", "bool"), new("captured_at", "timestamptz")],
        rows => [Col(rows, r => r.Row.MessageId), Col(rows, r => r.Row.ChatId), Col(rows, r => r.Row.FromUserId),
                 Col(rows, r => r.Row.Direction == MessageDirection.Out ? "out" : "in"), Col(rows, r => r.Row.TextHtml),
                 Col(rows, r => r.Row.TextPlain), Col(rows, r => r.Row.CreatedAt.ToUniversalTime()), Col(rows, r => r.Row.Price),
                 Col(rows, r => r.Row.IsFree), Col(rows, r => r.Row.IsOpened), Col(rows, r => r.Row.IsTip), Col(rows, r => r.Row.TipAmount),
                 Col(rows, r => r.Row.MediaCount), Col(rows, r => string.Join(',', r.Row.MediaKinds)), Col(rows, r => r.Row.IsFromQueue),
                 Col(rows, r => r.CapturedAt.ToUniversalTime())]);

    public static readonly TableSpec<Captured<NormalizedTransaction>> Transactions = new("ingest.transactions", guarded: true,
        [new("transaction_id", "text"), new("fan_id", "text", true), new("kind", "text"), new("amount", "numeric"), new("fee", "numeric"),
         new("net", "numeric"), new("currency", "text"), new("status", "text"), new("created_at", "timestamptz"),
         new("description", "text", true), new("captured_at", "timestamptz")],
        rows => [Col(rows, r => r.Row.TransactionId), Col(rows, r => r.Row.FanId), Col(rows, r => r.Row.Kind.ToString()),
                 Col(rows, r => r.Row.Amount), Col(rows, r => r.Row.Fee), Col(rows, r => r.Row.Net), Col(rows, r => r.Row.Currency),
                 Col(rows, r => r.Row.Status), Col(rows, r => r.Row.CreatedAt.ToUniversalTime()), Col(rows, r => r.Row.Description),
                 Col(rows, r => r.CapturedAt.ToUniversalTime())]);

    public static readonly TableSpec<Captured<FanSubscription>> Subscriptions = new("ingest.subscriptions", guarded: true,
        [new("fan_id", "text"), new("subscribed_at", "timestamptz", true), new("expires_at", "timestamptz", true),
         new("price", "numeric", true), new("site_total_net", "numeric", true), new("captured_at", "timestamptz")],
        rows => [Col(rows, r => r.Row.FanId), Col(rows, r => r.Row.SubscribedAt?.ToUniversalTime()), Col(rows, r => r.Row.ExpiresAt?.ToUniversalTime()),
                 Col(rows, r => r.Row.Price), Col(rows, r => r.Row.SiteTotalNet), Col(rows, r => r.CapturedAt.ToUniversalTime())]);

    private static TValue[] Col<TRow, TValue>(IReadOnlyList<TRow> rows, Func<TRow, TValue> value)
    {
        var array = new TValue[rows.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = value(rows[i]);
        }

        return array;
    }
}
