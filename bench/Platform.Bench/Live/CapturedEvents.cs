using System.Globalization;
using System.Text;

namespace Platform.Bench.Live;

/// <summary>
/// Captured site traffic shaped as ../shared/SITE_API.md describes it: the creator's <c>/users/me</c>, a fan's
/// direct message as a captured <c>api2_chat_message</c> socket frame, and chat / message pages for snapshots.
/// </summary>
public static class CapturedEvents
{
    public const long FirstFanId = 100_000_000;
    public const long FirstCreatorId = 200_000_000;
    public const int FrameSize = 512;

    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string UsersMe(long creatorId) =>
        $$$"""{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/users/me","method":"GET","status":200,"requestBody":null,"responseBody":{"id":{{{creatorId}}},"name":"Creator {{{creatorId}}}","username":"creator_{{{creatorId}}}","isPerformer":true},"capturedAt":"{{{Now()}}}"}}""";

    public static byte[] NewRawMessage(string frameId, string capturedEvent) =>
        Encoding.UTF8.GetBytes($$$"""{"type":"new_raw_message","id":"{{{frameId}}}","payload":{{{capturedEvent}}}}""");

    /// <summary>A <c>new_raw_message</c> frame of exactly <see cref="FrameSize"/> bytes: a fan's message arriving on the site's socket.</summary>
    public static byte[] FanMessageFrame(string frameId, long messageId, long fanId)
    {
        var now = Now();
        string Build(string text) =>
            $$$$"""{"type":"new_raw_message","id":"{{{{frameId}}}}","payload":{"event":"websocket","data":{"url":"wss://ws2.onlyfans.com/ws3/30","direction":"in","frame":{"api2_chat_message":{"id":{{{{messageId}}}},"text":"<p>{{{{text}}}}</p>","fromUser":{"id":{{{{fanId}}}},"name":"Fan {{{{fanId}}}}","username":"u{{{{fanId}}}}"},"price":0,"isFree":true,"isTip":false,"mediaCount":0,"media":[],"createdAt":"{{{{now}}}}"}},"capturedAt":"{{{{now}}}}"}}}""";
        var bare = Build("");
        return Encoding.UTF8.GetBytes(Build(Filler(Math.Max(0, FrameSize - bare.Length))));
    }

    public static string Message(long id, long fromId, DateTimeOffset createdAt, string text) =>
        $$$"""{"responseType":"message","id":{{{id}}},"text":"<p>{{{text}}}</p>","fromUser":{"id":{{{fromId}}},"_view":"s"},"createdAt":"{{{createdAt.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture)}}}","isFree":true,"price":0,"isOpened":true,"canPurchase":false,"isTip":false,"tipAmount":0,"mediaCount":0,"media":[],"isFromQueue":false,"queueId":null}""";

    public static string ChatsPage(int offset, IEnumerable<(long FanId, string LastMessage)> chats, bool hasMore) =>
        $$$"""{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/chats?limit=100&offset={{{offset}}}&order=recent","method":"GET","status":200,"requestBody":null,"responseBody":{"list":[{{{string.Join(',', chats.Select(c => ChatItem(c.FanId, c.LastMessage)))}}}],"hasMore":{{{(hasMore ? "true" : "false")}}},"nextOffset":{{{offset + 100}}}},"capturedAt":"{{{Now()}}}"}}""";

    private static string ChatItem(long fanId, string lastMessage) =>
        $$$"""{"withUser":{"id":{{{fanId}}},"name":"Fan {{{fanId}}}","username":"u{{{fanId}}}"},"lastMessage":{{{lastMessage}}},"unreadMessagesCount":1,"hasUnreadTips":false,"canSendMessage":true}""";

    public static string MessagesPage(long fanId, IEnumerable<string> newestFirst) =>
        $$$"""{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/chats/{{{fanId}}}/messages?limit=20&order=desc&skip_users=all","method":"GET","status":200,"requestBody":null,"responseBody":{"list":[{{{string.Join(',', newestFirst)}}}],"hasMore":false},"capturedAt":"{{{Now()}}}"}}""";

    private static string Filler(int length)
    {
        const string words = "hey there, how are you doing today? loved your last post so much ";
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(words, 0, Math.Min(words.Length, length - text.Length));
        }

        return text.ToString();
    }
}
