using System.Text.Json;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;

namespace Platform.Gateway.Inbound;

/// <summary>
/// Topics are always the connection's own user's <c>chat:{chatId}</c>. A subscribe that names anything
/// else (another user, another kind of topic) is a permission problem, not a typo: it gets
/// <c>forbidden</c>. Runs only on frames the parser already rejected, so it costs nothing on the live path.
/// </summary>
internal static class TopicGuard
{
    public static bool IsForeignTopic(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && IncomingMessageTypes.TryGet(type.GetString()!, out var known)
                && (known.ClrType == typeof(SubscribeMessage) || known.ClrType == typeof(UnsubscribeMessage))
                && root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                && payload.TryGetProperty("topic", out var topic) && topic.ValueKind == JsonValueKind.String
                && topic.GetString() is { Length: > 0 } name && !IncomingFrameRules.TryParseChatTopic(name, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
