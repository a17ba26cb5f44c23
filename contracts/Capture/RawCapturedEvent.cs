using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Contracts.Capture;

/// <summary>
/// One network event the Agent captured in the site's page (SITE_API.md, "The capture format").
/// Bodies and frames stay as raw JSON so that ids above 2^53 and unknown fields survive untouched.
/// </summary>
public sealed record RawCapturedEvent
{
    /// <summary><c>fetch</c>, <c>xhr</c> or <c>websocket</c>.</summary>
    public required CapturedEventKind Event { get; init; }

    public required CapturedEventData Data { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<CapturedEventKind>))]
public enum CapturedEventKind
{
    [JsonStringEnumMemberName("fetch")] Fetch,
    [JsonStringEnumMemberName("xhr")] Xhr,
    [JsonStringEnumMemberName("websocket")] WebSocket,
}

/// <summary>The fields of a fetch/xhr exchange or of a WebSocket frame; which are set depends on the event kind.</summary>
public sealed record CapturedEventData
{
    public required string Url { get; init; }

    /// <summary>HTTP method (fetch/xhr).</summary>
    public string? Method { get; init; }

    /// <summary>HTTP status (fetch/xhr).</summary>
    public int? Status { get; init; }

    /// <summary>Parsed JSON when the body was JSON, else the raw string (fetch/xhr).</summary>
    public JsonElement? RequestBody { get; init; }

    /// <summary>Parsed JSON when the body was JSON, else the raw string (fetch/xhr).</summary>
    public JsonElement? ResponseBody { get; init; }

    /// <summary><c>in</c> (site to page) or <c>out</c> (page to site) for websocket frames.</summary>
    public string? Direction { get; init; }

    /// <summary>The websocket frame: parsed JSON, else the raw string.</summary>
    public JsonElement? Frame { get; init; }

    public required DateTimeOffset CapturedAt { get; init; }

    /// <summary>Fields this version does not know are kept, so the archive loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
