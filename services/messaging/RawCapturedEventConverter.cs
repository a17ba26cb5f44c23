using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Contracts.Capture;
using Platform.Contracts.Serialization;

namespace Platform.Messaging;

/// <summary>
/// Carries captured events through MassTransit with the contracts' source-generated metadata.
/// MassTransit's own dictionary converter would write <see cref="CapturedEventData.Extra"/> (the
/// unknown fields, kept for the archive) as a nested object instead of flattening it, producing JSON
/// that no consumer can read. The generated metadata is also faster for these, the largest payloads.
/// </summary>
internal sealed class RawCapturedEventConverter : JsonConverter<RawCapturedEvent>
{
    public override RawCapturedEvent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, WssJsonContext.Default.RawCapturedEvent);

    public override void Write(Utf8JsonWriter writer, RawCapturedEvent value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, WssJsonContext.Default.RawCapturedEvent);
}
