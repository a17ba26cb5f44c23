using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Platform.Contracts.Capture;
using Platform.Ingest.Sites.OnlyFans.Endpoints;

namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>The OnlyFans web app: REST under <c>/api2/v2/</c> and the site's own socket.</summary>
public sealed partial class OnlyFansAdapter : ISiteAdapter
{
    private const string ApiPrefix = "/api2/v2/";

    private static readonly IOnlyFansEndpoint[] _endpoints =
    [
        new MeEndpoint(), new UsersListEndpoint(), new ChatListEndpoint(), new ChatMessagesEndpoint(),
        new SentMessageEndpoint(), new SubscribersEndpoint(), new TransactionsEndpoint(),
    ];

    private readonly HashSet<string> _extraHosts;

    public OnlyFansAdapter()
        : this(Options.Create(new OnlyFansOptions()))
    {
    }

    public OnlyFansAdapter(IOptions<OnlyFansOptions> options)
    {
        _extraHosts = new HashSet<string>(options.Value.ExtraHosts.Select(h => h.Trim()).Where(h => h.Length > 0), StringComparer.OrdinalIgnoreCase);
    }

    public string Site => "onlyfans";

    public bool CanHandle(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (IsSiteHost(uri.Host) || (_extraHosts.Contains(uri.Host) && IsSitePath(uri.AbsolutePath)));

    private static bool IsSiteHost(string host) =>
        host.Equals("onlyfans.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".onlyfans.com", StringComparison.OrdinalIgnoreCase);

    // A configured host (127.0.0.1) also serves other things, the dashboard for one: only the site's shapes count.
    private static bool IsSitePath(string path) =>
        path.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) || SocketPath().IsMatch(path);

    [GeneratedRegex(@"^/ws\d*/", RegexOptions.IgnoreCase)]
    private static partial Regex SocketPath();

    public ParsedCapture Parse(RawCapturedEvent captured)
    {
        try
        {
            return captured.Event == CapturedEventKind.WebSocket ? ParseFrame(captured.Data) : ParseResponse(captured.Data);
        }
        catch (InvalidEventException e)
        {
            return ParsedCapture.NotData(ParseStatus.Invalid, EndpointName(captured.Data), e.Message);
        }
    }

    private static ParsedCapture ParseFrame(CapturedEventData data)
    {
        if (string.Equals(data.Direction, "out", StringComparison.OrdinalIgnoreCase))
        {
            return ParsedCapture.Ignored("ws.out");
        }

        return data.Frame switch
        {
            null => ParsedCapture.NotData(ParseStatus.NonJson, "ws", "no frame"),
            { ValueKind: JsonValueKind.String } => ParsedCapture.NotData(ParseStatus.NonJson, "ws", "the frame is not JSON"),
            { } frame => SocketFrameParser.Parse(frame, data.CapturedAt),
        };
    }

    private static ParsedCapture ParseResponse(CapturedEventData data)
    {
        var endpoint = Find(data);
        var name = endpoint?.Name ?? "unknown";
        if (data.Status is >= 400 or < 100)
        {
            return ParsedCapture.NotData(ParseStatus.ErrorStatus, name, $"HTTP {data.Status}");
        }

        if (endpoint is null)
        {
            return ParsedCapture.NotData(ParseStatus.Unsupported, name, "an endpoint no parser reads");
        }

        if (data.ResponseBody is not { ValueKind: JsonValueKind.Object or JsonValueKind.Array } body)
        {
            return ParsedCapture.NotData(ParseStatus.NonJson, name, "the response body is not JSON");
        }

        var method = data.Method ?? "GET";
        return endpoint.Parse(new EndpointRequest(method, Segments(data.Url)!, body, data.CapturedAt));
    }

    private static IOnlyFansEndpoint? Find(CapturedEventData data) =>
        Segments(data.Url) is { } segments ? Array.Find(_endpoints, e => e.Matches(data.Method ?? "GET", segments)) : null;

    private static string EndpointName(CapturedEventData data) => Find(data)?.Name ?? "unknown";

    private static string[]? Segments(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        var start = path.IndexOf(ApiPrefix, StringComparison.OrdinalIgnoreCase);
        return start < 0 ? null : path[(start + ApiPrefix.Length)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
    }
}
