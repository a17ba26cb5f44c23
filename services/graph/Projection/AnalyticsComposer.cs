using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>The creator's analytics from the in-memory graph. A section with no underlying data is null, never zero.</summary>
internal static class AnalyticsComposer
{
    public const int QueueSize = 50;
    public const int TopSpenderCount = 20;
    public const int FanScoreCount = 50;
    private static readonly double[] _bucketBounds = [60, 300, 900, 3600, 4 * 3600, 24 * 3600];

    // Works on rows, not ConversationNodes: a delta must not build every node of a large inbox.
    public static CreatorAnalytics Compose(UserGraph graph, DateTimeOffset now) => Compose(graph, now, AnalyticsSections.All, null);

    /// <summary>Builds the <paramref name="sections"/> and takes every other one from <paramref name="basis"/>.</summary>
    public static CreatorAnalytics Compose(UserGraph graph, DateTimeOffset now, AnalyticsSections sections, CreatorAnalytics? basis)
    {
        bool Build(AnalyticsSections section) => (sections & section) != 0;
        var spend = graph.Spend;
        var hasMessages = graph.Counters.Total > 0;
        return new CreatorAnalytics
        {
            Totals = !Build(AnalyticsSections.Totals) ? basis?.Totals
                : graph.Fans.Count == 0 && graph.Transactions.Count == 0 ? null : Totals(graph, spend),
            RevenuePerDay = !Build(AnalyticsSections.RevenuePerDay) ? basis?.RevenuePerDay
                : spend.Counted == 0 ? null : [.. spend.PerDay.Values],
            MessagesPerDay = !Build(AnalyticsSections.MessagesPerDay) ? basis?.MessagesPerDay
                : hasMessages ? [.. graph.Counters.PerDay.Select(d => new MessagesDay { Date = d.Key.ToString("yyyy-MM-dd"), Inbound = d.Value.In, Outbound = d.Value.Out })] : null,
            MessagesPerHourOfWeek = !Build(AnalyticsSections.MessagesPerHourOfWeek) ? basis?.MessagesPerHourOfWeek
                : hasMessages ? [.. graph.Counters.PerHourOfWeek.Select((n, i) => new HourOfWeekCount { DayOfWeek = i / 24, Hour = i % 24, Count = n })] : null,
            ResponseTime = !Build(AnalyticsSections.ResponseTime) ? basis?.ResponseTime
                : graph.Intervals.Count == 0 ? null : ResponseTime(graph.Intervals),
            UnansweredQueue = !Build(AnalyticsSections.UnansweredQueue) ? basis?.UnansweredQueue
                : hasMessages ? Unanswered(graph, now) : null,
            TopSpenders = !Build(AnalyticsSections.TopSpenders) ? basis?.TopSpenders
                : spend.Counted == 0 ? null : TopSpenders(graph, spend),
            ExpiringSubscriptions = !Build(AnalyticsSections.ExpiringSubscriptions) ? basis?.ExpiringSubscriptions
                : ExpiringSubscriptions.Compose(graph, spend, now),
            FanScores = !Build(AnalyticsSections.FanScores) ? basis?.FanScores
                : graph.Fans.Values.Any(f => f.Scores is not null)
                    ? [.. graph.Fans.Values.Where(f => f.Scores is not null).Select(f => f.Scores!).OrderByDescending(s => s.LifetimeValue).ThenBy(s => s.FanId, StringComparer.Ordinal).Take(FanScoreCount)]
                    : null,
            GeneratedAt = now,
        };
    }

    // O(1): the sums are kept as rows change.
    private static AnalyticsTotals Totals(UserGraph graph, SpendBook spend)
    {
        var sums = graph.Totals;
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
            Messages = sums.Messages,
            InboundMessages = sums.Inbound,
            OutboundMessages = sums.Outbound,
            AwaitingReply = sums.Awaiting,
            Unread = sums.Unread,
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

    // Bounded top-N over the awaiting chats only: O(awaiting x log 50), one entry built per member.
    private static List<UnansweredEntry> Unanswered(UserGraph graph, DateTimeOffset now)
    {
        var top = new PriorityQueue<(ConversationRow Row, FanState? Fan, decimal Value), QueueRank>(QueueSize + 1);
        foreach (var chatId in graph.Awaiting)
        {
            var row = graph.Conversations[chatId];
            var fan = graph.Fans.GetValueOrDefault(chatId);
            var value = ConversationNodeFactory.FanValue(graph.Spend.Of(chatId), fan);
            var rank = new QueueRank(ConversationNodeFactory.Priority(row, fan, value, now), row.AwaitingSince!.Value, chatId);
            if (top.Count < QueueSize)
            {
                top.Enqueue((row, fan, value), rank);
            }
            else if (top.TryPeek(out _, out var worst) && rank.CompareTo(worst) > 0)
            {
                top.DequeueEnqueue((row, fan, value), rank);
            }
        }

        var entries = new List<UnansweredEntry>(top.Count);
        while (top.TryDequeue(out var item, out var rank))
        {
            entries.Add(new UnansweredEntry
            {
                ChatId = rank.ChatId,
                FanName = item.Fan?.Name ?? item.Fan?.Username,
                AwaitingSince = rank.Since,
                WaitingSeconds = Math.Max(0, (now - rank.Since).TotalSeconds),
                FanValue = item.Value,
                Priority = rank.Priority,
            });
        }

        entries.Reverse();
        return entries;
    }

    /// <summary>Queue order as a comparison where greater = earlier in the queue: higher priority, then longer wait, then chat id.</summary>
    private readonly record struct QueueRank(int Priority, DateTimeOffset Since, string ChatId) : IComparable<QueueRank>
    {
        public int CompareTo(QueueRank other) =>
            Priority != other.Priority ? Priority.CompareTo(other.Priority)
            : Since != other.Since ? other.Since.CompareTo(Since)
            : string.CompareOrdinal(other.ChatId, ChatId);
    }

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
}
