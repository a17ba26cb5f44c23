using System.Text.Json;
using Platform.Contracts.Capture;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans;

namespace Platform.Ingest.Tests.Support;

/// <summary>Builds captured events in the Agent's format and parses them with the OnlyFans adapter.</summary>
public static class Captures
{
    public const string Api = "https://onlyfans.com/api2/v2";
    public static readonly DateTimeOffset At = new(2025, 3, 1, 18, 4, 5, TimeSpan.Zero);

    public static RawCapturedEvent Fetch(string path, string body, int status = 200, string method = "GET", DateTimeOffset? at = null) => new()
    {
        Event = CapturedEventKind.Fetch,
        Data = new CapturedEventData
        {
            Url = path.StartsWith("http", StringComparison.Ordinal) ? path : Api + path,
            Method = method,
            Status = status,
            ResponseBody = Json(body),
            CapturedAt = at ?? At,
        },
    };

    public static RawCapturedEvent Socket(string frame, string direction = "in", DateTimeOffset? at = null) => new()
    {
        Event = CapturedEventKind.WebSocket,
        Data = new CapturedEventData { Url = "wss://ws2.onlyfans.com/ws3/30", Direction = direction, Frame = Json(frame), CapturedAt = at ?? At },
    };

    public static RawCapturedEvent Fixture(string name, string path, string method = "GET") =>
        Fetch(path, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), method: method);

    public static ParsedCapture Parse(RawCapturedEvent captured) => new OnlyFansAdapter().Parse(captured);

    /// <summary>JSON text becomes parsed JSON; anything else stays a raw string, as the Agent captures it.</summary>
    private static JsonElement Json(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
