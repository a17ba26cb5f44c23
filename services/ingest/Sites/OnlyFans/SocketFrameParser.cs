using System.Collections.Frozen;
using System.Text.Json;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>
/// The site's own WebSocket frames: an object keyed by event type, possibly several keys at once.
/// Only <c>api2_chat_message</c> is a direct message; <c>new_message</c> is a site notification.
/// </summary>
public static class SocketFrameParser
{
    // Keys we know and deliberately keep nothing from (counters, presence, acks, notifications).
    private static readonly FrozenSet<string> _knownWithoutData = new[]
    {
        "act", "token", "ids", "typing_to", "connected", "v", "online", "error", "typing", "new_message",
        "chat_messages", "count_priority_chat", "unread_tips", "chat_message_delete", "chat_message_like",
        "purchase_notified", "subscribed", "toasts", "onlines", "offline", "id",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ParsedCapture Parse(JsonElement frame, DateTimeOffset capturedAt)
    {
        var fans = new List<FanProfile>();
        var messages = new List<ParsedMessage>();
        var unknown = new List<string>();
        var frames = frame.ValueKind == JsonValueKind.Array ? [.. frame.EnumerateArray()] : new[] { frame };
        foreach (var one in frames)
        {
            if (one.ValueKind != JsonValueKind.Object)
            {
                return ParsedCapture.NotData(ParseStatus.UnknownShape, "ws", $"a frame is a {one.ValueKind}");
            }

            foreach (var entry in one.EnumerateObject())
            {
                switch (entry.Name)
                {
                    case "api2_chat_message":
                        messages.Add(ReadChatMessage(entry.Value, fans, capturedAt));
                        break;
                    case "story_tips" or "stream_tips":
                        ReadTipNotice(entry.Value, fans);
                        break;
                    default:
                        if (!_knownWithoutData.Contains(entry.Name))
                        {
                            unknown.Add(entry.Name.Length > 64 ? entry.Name[..64] : entry.Name);
                        }

                        break;
                }
            }
        }

        var hasData = messages.Count > 0 || fans.Count > 0;
        return new ParsedCapture
        {
            Status = hasData ? ParseStatus.Parsed : ParseStatus.Ignored,
            Endpoint = messages.Count > 0 ? "ws.api2_chat_message" : hasData ? "ws.tips" : "ws",
            Fans = fans,
            Messages = messages,
            UnknownKeys = unknown,
        };
    }

    private static ParsedMessage ReadChatMessage(JsonElement message, List<FanProfile> fans, DateTimeOffset capturedAt)
    {
        // A recipient is normally absent (the creator's own echo has none); use it when a version sends one.
        var recipient = SiteJson.Prop(message, "toUser") ?? SiteJson.Prop(message, "recipient");
        var chatId = recipient is { ValueKind: JsonValueKind.Object } r ? SiteJson.NumericId(SiteJson.Prop(r, "id")) : SiteJson.NumericId(recipient);
        var parsed = MessageReader.Read(message, MessageOrigin.Socket, chatId, capturedAt);
        if (SiteJson.Prop(message, "fromUser") is { ValueKind: JsonValueKind.Object } from)
        {
            // Possibly the creator: MessageAttributor drops the creator from the fans.
            fans.Add(UserReader.Read(from));
        }

        return parsed;
    }

    // Story and stream tips are notices: the money itself arrives as a "Tip from" payout transaction,
    // so only the tipper is kept (counting both would double the spend).
    private static void ReadTipNotice(JsonElement notice, List<FanProfile> fans)
    {
        _ = SiteJson.Money(SiteJson.Prop(notice, "amount"));
        if (SiteJson.Prop(notice, "from_user") is { } from)
        {
            fans.Add(UserReader.Read(from));
        }
    }
}
