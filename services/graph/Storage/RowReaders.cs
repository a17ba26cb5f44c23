using Npgsql;
using Platform.Contracts.Model;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>Maps the column lists of <see cref="ConversationSql"/> to projection rows.</summary>
internal static class RowReaders
{
    public static ConversationRow Conversation(NpgsqlDataReader r) => new()
    {
        ChatId = r.GetString(0),
        MessageCount = r.GetInt32(1),
        InboundCount = r.GetInt32(2),
        OutboundCount = r.GetInt32(3),
        PendingInbound = r.GetInt32(4),
        AwaitingSince = r.IsDBNull(5) ? null : Utc(r.GetDateTime(5)),
        ReplySeconds = r.GetFieldValue<double[]>(6),
        Sentiment = r.IsDBNull(7) ? null : r.GetDouble(7),
        SiteUnreadCount = r.IsDBNull(8) ? null : r.GetInt32(8),
        LastMessage = r.IsDBNull(9) ? null : Message(r, 9),
    };

    public static ChatMessage Message(NpgsqlDataReader r, int o) => new()
    {
        Id = r.GetString(o),
        ChatId = r.GetString(o + 1),
        Text = r.GetString(o + 2),
        Direction = r.GetInt16(o + 3) == 0 ? MessageDirection.In : MessageDirection.Out,
        CreatedAt = Utc(r.GetDateTime(o + 4)),
        Price = r.GetDecimal(o + 5),
        IsFree = r.GetBoolean(o + 6),
        IsOpened = r.IsDBNull(o + 7) ? null : r.GetBoolean(o + 7),
        IsTip = r.GetBoolean(o + 8),
        TipAmount = r.GetDecimal(o + 9),
        MediaCount = r.GetInt32(o + 10),
        MediaKinds = r.GetFieldValue<string[]>(o + 11),
        IsFromQueue = r.GetBoolean(o + 12),
        Sentiment = r.IsDBNull(o + 13) ? null : r.GetDouble(o + 13),
        Intents = r.IsDBNull(o + 14) ? null : r.GetFieldValue<string[]>(o + 14),
    };

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
