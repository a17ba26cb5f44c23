using System.Text.Json;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;

namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>Reads the site's message object, shared by chat pages, chat lists, sends and socket pushes.</summary>
public static class MessageReader
{
    public static ParsedMessage Read(JsonElement message, MessageOrigin origin, string? chatId, DateTimeOffset capturedAt)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidEventException($"a message is a {message.ValueKind}, not an object");
        }

        var id = SiteJson.RequiredNumericId(message, "id");
        var fromUserId = FromUserId(message) ?? throw new InvalidEventException($"message {id} has no fromUser");
        var html = SiteJson.Prop(message, "text") is { } text
            ? text.ValueKind == JsonValueKind.String ? HtmlText.Clean(text.GetString()!) : throw new InvalidEventException($"message {id} text is a {text.ValueKind}")
            : "";
        var price = SiteJson.Money(SiteJson.Prop(message, "price")) ?? 0m;
        var isTip = SiteJson.Bool(SiteJson.Prop(message, "isTip")) ?? false;
        // Tips sometimes come without tipAmount; the price then holds the amount.
        var tipAmount = SiteJson.Money(SiteJson.Prop(message, "tipAmount")) ?? (isTip ? price : 0m);
        var (mediaItems, media) = Media(message);
        var normalized = new NormalizedMessage
        {
            MessageId = id,
            ChatId = chatId ?? "",
            FromUserId = fromUserId,
            Direction = MessageDirection.In,
            TextHtml = html,
            TextPlain = HtmlText.Plain(html),
            CreatedAt = SiteJson.Date(SiteJson.Prop(message, "createdAt")) ?? capturedAt.ToUniversalTime(),
            Price = price,
            IsFree = SiteJson.Bool(SiteJson.Prop(message, "isFree")) ?? price == 0m,
            IsOpened = SiteJson.Bool(SiteJson.Prop(message, "isOpened")),
            IsTip = isTip,
            TipAmount = tipAmount,
            MediaCount = SiteJson.Int(SiteJson.Prop(message, "mediaCount")) ?? mediaItems,
            MediaKinds = media,
            IsFromQueue = (SiteJson.Bool(SiteJson.Prop(message, "isFromQueue")) ?? false) || SiteJson.Prop(message, "queueId") is not null,
        };
        return new ParsedMessage(origin, chatId, normalized);
    }

    private static string? FromUserId(JsonElement message) =>
        SiteJson.Prop(message, "fromUser") is { } from
            ? from.ValueKind == JsonValueKind.Object ? SiteJson.NumericId(SiteJson.Prop(from, "id")) : SiteJson.NumericId(from)
            : SiteJson.NumericId(SiteJson.Prop(message, "fromUserId"));

    // Two media shapes exist (flat src/preview/thumb, and files.{full,preview,thumb}.url with null urls
    // when locked); only the kinds matter here, and neither shape may break the read.
    private static (int Count, List<string> Kinds) Media(JsonElement message)
    {
        var kinds = new List<string>();
        if (SiteJson.Prop(message, "media") is not { ValueKind: JsonValueKind.Array } media)
        {
            return (0, kinds);
        }

        foreach (var item in media.EnumerateArray())
        {
            if (SiteJson.Code(SiteJson.Prop(item, "type")) is { Length: > 0 and <= 32 } kind && !kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        kinds.Sort(StringComparer.Ordinal);
        return (media.GetArrayLength(), kinds);
    }
}
