using System.Text.Json;

namespace Platform.Bench.Live;

/// <summary>Reads the chat and newest message id out of an <c>append_message</c> frame.</summary>
public static class AppendMessageReader
{
    public static bool TryRead(ReadOnlyMemory<byte> frame, out long chatId, out long messageId)
    {
        chatId = messageId = -1;
        using var document = JsonDocument.Parse(frame);
        if (!document.RootElement.TryGetProperty("payload", out var payload)
            || !payload.TryGetProperty("conversation", out var conversation)
            || !conversation.TryGetProperty("chatId", out var chat))
        {
            return false;
        }

        var message = payload.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object
            ? m
            : conversation.TryGetProperty("lastMessage", out var last) ? last : default;
        return message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("id", out var id)
            && long.TryParse(id.ToString(), out messageId)
            && long.TryParse(chat.ToString(), out chatId);
    }
}
