using System.Globalization;
using System.Text.Json;
using Platform.Contracts.Capture;

namespace Platform.Ingest.Bench;

/// <summary>
/// Generates captured site traffic in the shapes of SITE_API.md: a creator, chats, chat pages and
/// transactions. Deterministic for a given seed, so two runs produce the same events (and hashes).
/// Shared by the benchmark and the integration tests.
/// </summary>
public static class SyntheticCapture
{
    public const string CreatorId = "200000002";
    private const string Api = "https://onlyfans.com/api2/v2";
    private static readonly DateTimeOffset _epoch = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static string FanId(int chat) => (100_000_000 + chat).ToString(CultureInfo.InvariantCulture);

    public static string MessageId(int chat, int index) => (8_000_000_000_000L + (long)chat * 1_000 + index).ToString(CultureInfo.InvariantCulture);

    public static string DeltaMessageId(int chat, int n) => (9_000_000_000_000L + (long)chat * 100_000 + n).ToString(CultureInfo.InvariantCulture);

    /// <summary>A snapshot: <c>/users/me</c>, the chat list pages, then each chat's messages in pages of <paramref name="pageSize"/>.</summary>
    public static List<RawCapturedEvent> Snapshot(int chats, int messagesPerChat, int pageSize = 50)
    {
        var events = new List<RawCapturedEvent> { Fetch($"{Api}/users/me", $$"""{"id":{{CreatorId}},"name":"Creator","username":"creator_demo","isPerformer":true}""", 0) };
        for (var start = 0; start < chats; start += 100)
        {
            var items = Enumerable.Range(start, Math.Min(100, chats - start)).Select(c =>
                $$"""{"withUser":{"id":{{FanId(c)}},"name":"Fan {{c}}","username":"u{{FanId(c)}}"},"unreadMessagesCount":{{c % 3}},"canSendMessage":true,"hasUnreadTips":false,"lastMessage":{{Message(c, messagesPerChat - 1)}}}""");
            events.Add(Fetch($"{Api}/chats?limit=100&offset={start}", $$"""{"list":[{{string.Join(',', items)}}],"hasMore":{{(start + 100 < chats ? "true" : "false")}}}""", start));
        }

        for (var c = 0; c < chats; c++)
        {
            for (var first = 0; first < messagesPerChat; first += pageSize)
            {
                var page = Enumerable.Range(first, Math.Min(pageSize, messagesPerChat - first)).Select(i => Message(c, i));
                events.Add(Fetch($"{Api}/chats/{FanId(c)}/messages?limit={pageSize}&offset={first}", $$"""{"list":[{{string.Join(',', page)}}],"hasMore":true}""", c * 1_000 + first));
            }
        }

        return events;
    }

    /// <summary>A delta: one new inbound socket message from a fan (<paramref name="n"/> numbers it).</summary>
    public static RawCapturedEvent SocketMessage(int chat, int n) =>
        new()
        {
            Event = CapturedEventKind.WebSocket,
            Data = new CapturedEventData
            {
                Url = "wss://ws2.onlyfans.com/ws3/30",
                Direction = "in",
                Frame = JsonDocument.Parse($$"""{"api2_chat_message":{"id":{{DeltaMessageId(chat, n)}},"text":"<p>delta {{n}} &amp; more</p>","fromUser":{"id":{{FanId(chat)}},"name":"Fan {{chat}}"},"price":0,"isFree":true,"isTip":false,"mediaCount":0,"media":[],"createdAt":"{{At(1_000_000 + n):O}}"} }""").RootElement.Clone(),
                CapturedAt = At(1_000_000 + n),
            },
        };

    public static IEnumerable<List<RawCapturedEvent>> Chunk(List<RawCapturedEvent> events, int chunkCount)
    {
        var size = (events.Count + chunkCount - 1) / chunkCount;
        return Enumerable.Range(0, chunkCount).Select(i => events.Skip(i * size).Take(size).ToList());
    }

    private static string Message(int chat, int index)
    {
        var outbound = index % 2 == 1;
        var from = outbound ? CreatorId : FanId(chat);
        var price = index % 10 == 3 ? "15" : "0";
        return $$"""{"responseType":"message","id":{{MessageId(chat, index)}},"text":"<p>message {{index}} of chat {{chat}} &amp; co</p>","fromUser":{"id":{{from}},"_view":"s"},"createdAt":"{{At(chat * 1_000 + index):O}}","isFree":{{(price == "0" ? "true" : "false")}},"price":{{price}},"isOpened":false,"isTip":false,"tipAmount":0,"mediaCount":0,"media":[],"isFromQueue":false}""";
    }

    private static RawCapturedEvent Fetch(string url, string body, int tick) => new()
    {
        Event = CapturedEventKind.Fetch,
        Data = new CapturedEventData
        {
            Url = url,
            Method = "GET",
            Status = 200,
            ResponseBody = JsonDocument.Parse(body).RootElement.Clone(),
            CapturedAt = At(tick).AddDays(30),
        },
    };

    private static DateTimeOffset At(int seconds) => _epoch.AddSeconds(seconds);
}
