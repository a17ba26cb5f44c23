using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Ingest.Infrastructure.Entities;

namespace Platform.Ingest.Reparse;

/// <summary>Stored rows back into the broker records, for re-publishing a user's data.</summary>
public static class RowMapping
{
    public static CreatorProfile ToContract(this CreatorRow r) => new() { CreatorId = r.CreatorId, Name = r.Name, Username = r.Username };

    public static FanProfile ToContract(this FanRow r) => new() { FanId = r.FanId, Name = r.Name, Username = r.Username, AvatarUrl = r.AvatarUrl };

    public static ChatState ToContract(this ChatRow r) => new()
    {
        ChatId = r.ChatId, UnreadCount = r.UnreadCount, LastReadMessageId = r.LastReadMessageId,
        CanSendMessage = r.CanSendMessage, HasUnreadTips = r.HasUnreadTips,
    };

    public static NormalizedMessage ToContract(this MessageRow r) => new()
    {
        MessageId = r.MessageId, ChatId = r.ChatId, FromUserId = r.FromUserId,
        Direction = r.Direction == "out" ? MessageDirection.Out : MessageDirection.In,
        TextHtml = r.TextHtml, TextPlain = r.TextPlain, CreatedAt = r.CreatedAt, Price = r.Price, IsFree = r.IsFree,
        IsOpened = r.IsOpened, IsTip = r.IsTip, TipAmount = r.TipAmount, MediaCount = r.MediaCount,
        MediaKinds = r.MediaKinds.Length == 0 ? [] : r.MediaKinds.Split(','), IsFromQueue = r.IsFromQueue,
    };

    public static NormalizedTransaction ToContract(this TransactionRow r) => new()
    {
        TransactionId = r.TransactionId, FanId = r.FanId, Kind = Enum.Parse<TransactionKind>(r.Kind), Amount = r.Amount,
        Fee = r.Fee, Net = r.Net, Currency = r.Currency, Status = r.Status, CreatedAt = r.CreatedAt, Description = r.Description,
    };

    public static FanSubscription ToContract(this SubscriptionRow r) => new()
    {
        FanId = r.FanId, SubscribedAt = r.SubscribedAt, ExpiresAt = r.ExpiresAt, Price = r.Price, SiteTotalNet = r.SiteTotalNet,
    };
}
