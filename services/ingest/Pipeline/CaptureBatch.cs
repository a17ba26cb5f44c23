using Platform.Contracts.Messaging;
using Platform.Ingest.Sites;

namespace Platform.Ingest.Pipeline;

/// <summary>
/// The parsed events of one input merged into one row per site id (pages repeat, <c>hasMore</c> may never
/// end): the newest capture wins, and a value the newer capture lacks keeps the older one.
/// </summary>
public sealed class CaptureBatch
{
    public Captured<CreatorProfile>? Creator { get; private set; }
    public Dictionary<string, FanProfile> Fans { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Captured<ChatState>> Chats { get; } = new(StringComparer.Ordinal);
    public List<Captured<ParsedMessage>> ParsedMessages { get; } = [];
    public Dictionary<string, Captured<NormalizedTransaction>> Transactions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Captured<FanSubscription>> Subscriptions { get; } = new(StringComparer.Ordinal);

    /// <param name="captures">In arrival order; applied in capture-time order (stable).</param>
    public static CaptureBatch From(IEnumerable<(ParsedCapture Capture, DateTimeOffset CapturedAt)> captures)
    {
        var batch = new CaptureBatch();
        foreach (var (capture, at) in captures.Where(c => c.Capture.Status == ParseStatus.Parsed).OrderBy(c => c.CapturedAt))
        {
            batch.Add(capture, at);
        }

        return batch;
    }

    private void Add(ParsedCapture capture, DateTimeOffset at)
    {
        if (capture.Creator is { } creator && (Creator is not { } old || at >= old.CapturedAt))
        {
            Creator = new Captured<CreatorProfile>(creator with
            {
                Name = creator.Name ?? Creator?.Row.Name,
                Username = creator.Username ?? Creator?.Row.Username,
            }, at);
        }

        foreach (var fan in capture.Fans)
        {
            Fans[fan.FanId] = Fans.TryGetValue(fan.FanId, out var known)
                ? fan with { Name = fan.Name ?? known.Name, Username = fan.Username ?? known.Username, AvatarUrl = fan.AvatarUrl ?? known.AvatarUrl }
                : fan;
        }

        foreach (var chat in capture.Chats)
        {
            Put(Chats, chat.ChatId, chat, at, (o, n) => n with
            {
                UnreadCount = n.UnreadCount ?? o.UnreadCount,
                LastReadMessageId = n.LastReadMessageId ?? o.LastReadMessageId,
                CanSendMessage = n.CanSendMessage ?? o.CanSendMessage,
                HasUnreadTips = n.HasUnreadTips ?? o.HasUnreadTips,
            });
        }

        ParsedMessages.AddRange(capture.Messages.Select(m => new Captured<ParsedMessage>(m, at)));
        foreach (var t in capture.Transactions)
        {
            Put(Transactions, t.TransactionId, t, at, (o, n) => n with { FanId = n.FanId ?? o.FanId, Description = n.Description ?? o.Description });
        }

        foreach (var s in capture.Subscriptions)
        {
            Put(Subscriptions, s.FanId, s, at, (o, n) => n with
            {
                SubscribedAt = n.SubscribedAt ?? o.SubscribedAt,
                ExpiresAt = n.ExpiresAt ?? o.ExpiresAt,
                Price = n.Price ?? o.Price,
                SiteTotalNet = n.SiteTotalNet ?? o.SiteTotalNet,
            });
        }
    }

    /// <summary>One row per message id after attribution, newest capture winning (IsOpened kept when unknown).</summary>
    public static Dictionary<string, Captured<NormalizedMessage>> MergeMessages(IEnumerable<Captured<NormalizedMessage>> messages)
    {
        var merged = new Dictionary<string, Captured<NormalizedMessage>>(StringComparer.Ordinal);
        foreach (var (m, at) in messages.OrderBy(m => m.CapturedAt))
        {
            Put(merged, m.MessageId, m, at, (o, n) => n with { IsOpened = n.IsOpened ?? o.IsOpened });
        }

        return merged;
    }

    private static void Put<T>(Dictionary<string, Captured<T>> rows, string key, T row, DateTimeOffset at, Func<T, T, T> merge)
    {
        if (!rows.TryGetValue(key, out var old))
        {
            rows[key] = new Captured<T>(row, at);
        }
        else if (at >= old.CapturedAt)
        {
            rows[key] = new Captured<T>(merge(old.Row, row), at);
        }
    }
}
