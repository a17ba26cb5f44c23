using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>The creator's analytics from the in-memory graph. A section with no underlying data is null, never zero.</summary>
internal static class AnalyticsComposer
{
    public const int QueueSize = 50;
    public const int TopSpenderCount = 20;
    public const int FanScoreCount = 50;
    public static readonly TimeSpan ExpiryWindow = TimeSpan.FromDays(7);
    private static readonly double[] _bucketBounds = [60, 300, 900, 3600, 4 * 3600, 24 * 3600];

    // Works on rows, not ConversationNodes: a delta must not build every node of a large inbox.
    public static CreatorAnalytics Compose(UserGraph graph, DateTimeOffset now)
    {
        var spend = graph.Spend;
        var hasMessages = graph.Counters.Total > 0;
        return new CreatorAnalytics
        {
            Totals = graph.Fans.Count == 0 && graph.Transactions.Count == 0 ? null : Totals(graph, spend),
            RevenuePerDay = spend.Counted == 0 ? null : [.. spend.PerDay.Values],
            MessagesPerDay = hasMessages ? [.. graph.Counters.PerDay.Select(d => new MessagesDay { Date = d.Key.ToString("yyyy-MM-dd"), Inbound = d.Value.In, Outbound = d.Value.Out })] : null,
            MessagesPerHourOfWeek = hasMessages ? [.. graph.Counters.PerHourOfWeek.Select((n, i) => new HourOfWeekCount { DayOfWeek = i / 24, Hour = i % 24, Count = n })] : null,
            ResponseTime = graph.Intervals.Count == 0 ? null : ResponseTime(graph.Intervals),
            UnansweredQueue = hasMessages ? Unanswered(graph, now) : null,
            TopSpenders = spend.Counted == 0 ? null : TopSpenders(graph, spend),
            ExpiringSubscriptions = graph.Fans.Values.Any(f => f.Subscription is not null) ? Expiring(graph, spend, now) : null,
            FanScores = graph.Fans.Values.Any(f => f.Scores is not null)
                ? [.. graph.Fans.Values.Where(f => f.Scores is not null).Select(f => f.Scores!).OrderByDescending(s => s.LifetimeValue).ThenBy(s => s.FanId, StringComparer.Ordinal).Take(FanScoreCount)]
                : null,
            GeneratedAt = now,
        };
    }

    private static AnalyticsTotals Totals(UserGraph graph, SpendBook spend)
    {
        int messages = 0, inbound = 0, outbound = 0, awaiting = 0, unread = 0;
        foreach (var row in graph.Conversations.Values)
        {
            messages += row.MessageCount;
            inbound += row.InboundCount;
            outbound += row.OutboundCount;
            awaiting += row.AwaitingSince is null ? 0 : 1;
            unread += row.UnreadCount;
        }

        return new AnalyticsTotals
        {
            Revenue = spend.Totals.Total,
            Tips = spend.Totals.Tips,
            PaidMessages = spend.Totals.PaidMessages,
            Subscriptions = spend.Totals.Subscriptions,
            Other = spend.Totals.Other,
            Currency = spend.Totals.Currency,
            Fans = graph.Fans.Count,
            Conversations = graph.Conversations.Count,
            Messages = messages,
            InboundMessages = inbound,
            OutboundMessages = outbound,
            AwaitingReply = awaiting,
            Unread = unread,
        };
    }

    private static ResponseTimeDistribution ResponseTime(ReplyIntervals intervals)
    {
        var sorted = intervals.Sorted;
        var buckets = new List<HistogramBucket>(_bucketBounds.Length + 1);
        var from = 0;
        foreach (var bound in _bucketBounds)
        {
            var to = UpperIndex(sorted, bound);
            buckets.Add(new HistogramBucket { UpToSeconds = bound, Count = to - from });
            from = to;
        }

        buckets.Add(new HistogramBucket { UpToSeconds = null, Count = sorted.Count - from });
        return new ResponseTimeDistribution
        {
            P50Seconds = ReplyIntervals.Percentile(sorted, 0.5),
            P90Seconds = ReplyIntervals.Percentile(sorted, 0.9),
            AvgSeconds = intervals.Average,
            Samples = sorted.Count,
            Histogram = buckets,
        };
    }

    // Index of the first value greater than bound.
    private static int UpperIndex(IReadOnlyList<double> sorted, double bound)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= bound) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }

    private static List<UnansweredEntry> Unanswered(UserGraph graph, DateTimeOffset now) =>
    [
        .. graph.Conversations.Values.Where(r => r.AwaitingSince is not null)
            .Select(r =>
            {
                var fan = graph.Fans.GetValueOrDefault(r.ChatId);
                var value = ConversationNodeFactory.FanValue(graph.Spend.Of(r.ChatId), fan);
                var since = r.AwaitingSince!.Value;
                return new UnansweredEntry
                {
                    ChatId = r.ChatId,
                    FanName = fan?.Name ?? fan?.Username,
                    AwaitingSince = since,
                    WaitingSeconds = Math.Max(0, (now - since).TotalSeconds),
                    FanValue = value,
                    Priority = ConversationNodeFactory.Priority(r, fan, value, now),
                };
            })
            .OrderByDescending(e => e.Priority).ThenBy(e => e.AwaitingSince).ThenBy(e => e.ChatId, StringComparer.Ordinal)
            .Take(QueueSize),
    ];

    private static List<FanSpend> TopSpenders(UserGraph graph, SpendBook spend) =>
    [
        .. spend.ByFan.Where(s => s.Value.Total > 0)
            .OrderByDescending(s => s.Value.Total).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(TopSpenderCount)
            .Select(s =>
            {
                var fan = graph.Fans.GetValueOrDefault(s.Key);
                return new FanSpend { FanId = s.Key, Name = fan?.Name, Username = fan?.Username, Spend = s.Value };
            }),
    ];

    private static List<ExpiringSubscription> Expiring(UserGraph graph, SpendBook spend, DateTimeOffset now) =>
    [
        .. graph.Fans.Values
            .Where(f => f.Subscription?.ExpiresAt is { } at && at > now && at <= now + ExpiryWindow)
            .OrderBy(f => f.Subscription!.ExpiresAt).ThenBy(f => f.FanId, StringComparer.Ordinal)
            .Select(f => new ExpiringSubscription
            {
                FanId = f.FanId,
                Name = f.Name ?? f.Username,
                ExpiresAt = f.Subscription!.ExpiresAt!.Value,
                FanValue = ConversationNodeFactory.FanValue(spend.Of(f.FanId), f),
            }),
    ];
}
