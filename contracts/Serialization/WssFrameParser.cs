using System.Text.Json;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Serialization;

/// <summary>
/// Parses client frames. A valid frame costs one source-generated deserialisation; only a frame that
/// fails is parsed again to explain, field by field, what is wrong. Never throws.
/// </summary>
public static class WssFrameParser
{
    private static readonly JsonDocumentOptions _documentOptions = new() { MaxDepth = 64 };

    public static FrameParseResult Parse(ReadOnlySpan<byte> utf8)
    {
        // A frame the gateway accepts must also be writable to the broker (see LoneSurrogates).
        utf8 = LoneSurrogates.Repair(utf8);
        IncomingWssMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(utf8, WssJsonContext.Default.IncomingWssMessage);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return Explain(utf8.ToArray());
        }

        if (message is null)
        {
            return FrameParseResult.Invalid(FrameErrorCodes.InvalidEnvelope, null, ["the frame must be a JSON object, not null"]);
        }

        var problems = IncomingFrameRules.Check(message);
        return problems.Count == 0
            ? FrameParseResult.Valid(message)
            : FrameParseResult.Invalid(FrameErrorCodes.InvalidPayload, message.Id, problems);
    }

    public static FrameParseResult Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    private static FrameParseResult Explain(byte[] utf8)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return FrameParseResult.Invalid(FrameErrorCodes.InvalidJson, null, ["the frame is not valid UTF-8 text"]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, _documentOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return FrameParseResult.Invalid(FrameErrorCodes.InvalidJson, null, [JsonProblems.NotJson(e)]);
        }

        using (document)
        {
            return ExplainEnvelope(document.RootElement);
        }
    }

    private static FrameParseResult ExplainEnvelope(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return FrameParseResult.Invalid(FrameErrorCodes.InvalidEnvelope, null,
                [$"the frame must be a JSON object, not {JsonProblems.Describe(root.ValueKind)}"]);
        }

        var problems = new List<string>();
        var frameId = ReadId(root, problems);
        var typeName = ReadType(root, problems);
        if (problems.Count > 0 || typeName is null)
        {
            return FrameParseResult.Invalid(FrameErrorCodes.InvalidEnvelope, frameId, problems);
        }

        if (!IncomingMessageTypes.TryGet(typeName, out var type))
        {
            return FrameParseResult.Invalid(FrameErrorCodes.UnknownType, frameId,
                [$"type `{JsonProblems.Truncate(typeName)}` is unknown; expected one of: {string.Join(", ", IncomingMessageTypes.Names)}"]);
        }

        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind == JsonValueKind.Null)
        {
            if (type.PayloadRequired)
            {
                return FrameParseResult.Invalid(FrameErrorCodes.InvalidPayload, frameId, ["field `payload` is missing"]);
            }
        }
        else if (payload.ValueKind != JsonValueKind.Object)
        {
            return FrameParseResult.Invalid(FrameErrorCodes.InvalidPayload, frameId,
                [$"field `payload` must be an object, not {JsonProblems.Describe(payload.ValueKind)}"]);
        }

        try
        {
            var message = (IncomingWssMessage?)root.Deserialize(type.TypeInfo);
            var ruleProblems = message is null ? ["the frame could not be read"] : IncomingFrameRules.Check(message);
            return ruleProblems.Count == 0
                ? FrameParseResult.Valid(message!)
                : FrameParseResult.Invalid(FrameErrorCodes.InvalidPayload, frameId, ruleProblems);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return FrameParseResult.Invalid(FrameErrorCodes.InvalidPayload, frameId, JsonProblems.FromException(e, type.TypeInfo));
        }
    }

    private static string? ReadId(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (id.ValueKind)
        {
            case JsonValueKind.String:
                return id.GetString();
            case JsonValueKind.Number:
                problems.Add("field `id` must be a string");
                return id.GetRawText();
            default:
                problems.Add($"field `id` must be a string, not {JsonProblems.Describe(id.ValueKind)}");
                return null;
        }
    }

    private static string? ReadType(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("type", out var type))
        {
            problems.Add("field `type` is missing");
            return null;
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            problems.Add($"field `type` must be a string, not {JsonProblems.Describe(type.ValueKind)}");
            return null;
        }

        return type.GetString();
    }
}
