using System.Buffers;
using System.Text.Json;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Serialization;

/// <summary>Serialises outgoing frames to UTF-8 with the source-generated metadata.</summary>
public static class WssFrameWriter
{
    public static byte[] ToUtf8(OutgoingWssMessage message) =>
        JsonSerializer.SerializeToUtf8Bytes(message, WssJsonContext.Default.OutgoingWssMessage);

    public static void Write(IBufferWriter<byte> buffer, OutgoingWssMessage message)
    {
        using var writer = new Utf8JsonWriter(buffer);
        JsonSerializer.Serialize(writer, message, WssJsonContext.Default.OutgoingWssMessage);
    }

    public static string ToJson(OutgoingWssMessage message) =>
        JsonSerializer.Serialize(message, WssJsonContext.Default.OutgoingWssMessage);

    public static string ToJson(IncomingWssMessage message) =>
        JsonSerializer.Serialize(message, WssJsonContext.Default.IncomingWssMessage);

    public static OutgoingWssMessage? ReadOutgoing(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, WssJsonContext.Default.OutgoingWssMessage);
}
