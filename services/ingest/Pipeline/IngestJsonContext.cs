using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Contracts.Capture;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Pipeline;

/// <summary>Source-generated serialisation for the archive and pending echoes (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RawCapturedEvent))]
[JsonSerializable(typeof(NormalizedMessage))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
