using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Contracts.Capture;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the wire protocol: no reflection on the socket path.
/// camelCase fields, nulls omitted, the <c>type</c> discriminator accepted anywhere in the object.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 64)]
[JsonSerializable(typeof(IncomingWssMessage))]
[JsonSerializable(typeof(OutgoingWssMessage))]
[JsonSerializable(typeof(RawCapturedEvent))]
public sealed partial class WssJsonContext : JsonSerializerContext;
