using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>Keeps only the sections of <c>current</c> that differ from what was last pushed.</summary>
internal static class AnalyticsDiff
{
    /// <returns>The changed sections, or null when nothing changed.</returns>
    public static CreatorAnalytics? Changed(CreatorAnalytics? previous, CreatorAnalytics current)
    {
        if (previous is null)
        {
            return current;
        }

        var diff = new CreatorAnalytics
        {
            Totals = Equals(previous.Totals, current.Totals) ? null : current.Totals,
            RevenuePerDay = Same(previous.RevenuePerDay, current.RevenuePerDay) ? null : current.RevenuePerDay,
            MessagesPerDay = Same(previous.MessagesPerDay, current.MessagesPerDay) ? null : current.MessagesPerDay,
            MessagesPerHourOfWeek = Same(previous.MessagesPerHourOfWeek, current.MessagesPerHourOfWeek) ? null : current.MessagesPerHourOfWeek,
            ResponseTime = SameResponseTime(previous.ResponseTime, current.ResponseTime) ? null : current.ResponseTime,
            // Waiting time grows by itself; the queue changed when its members or their order did.
            UnansweredQueue = Same(Key(previous.UnansweredQueue), Key(current.UnansweredQueue)) ? null : current.UnansweredQueue,
            TopSpenders = Same(previous.TopSpenders, current.TopSpenders) ? null : current.TopSpenders,
            ExpiringSubscriptions = Same(previous.ExpiringSubscriptions, current.ExpiringSubscriptions) ? null : current.ExpiringSubscriptions,
            FanScores = Same(previous.FanScores, current.FanScores) ? null : current.FanScores,
            GeneratedAt = current.GeneratedAt,
        };
        var nothing = diff.Totals is null && diff.RevenuePerDay is null && diff.MessagesPerDay is null && diff.MessagesPerHourOfWeek is null
            && diff.ResponseTime is null && diff.UnansweredQueue is null && diff.TopSpenders is null
            && diff.ExpiringSubscriptions is null && diff.FanScores is null;
        return nothing ? null : diff;
    }

    // A section that was not rebuilt is the very same list: no need to walk it.
    private static bool Same<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        ReferenceEquals(a, b) || a is null || b is null ? a is null && b is null : a.SequenceEqual(b);

    private static List<(string, DateTimeOffset, decimal)>? Key(IReadOnlyList<UnansweredEntry>? queue) =>
        queue?.Select(e => (e.ChatId, e.AwaitingSince, e.FanValue)).ToList();

    private static bool SameResponseTime(ResponseTimeDistribution? a, ResponseTimeDistribution? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Samples == b.Samples && a.P50Seconds == b.P50Seconds && a.P90Seconds == b.P90Seconds
              && a.AvgSeconds == b.AvgSeconds && a.Histogram.SequenceEqual(b.Histogram);
}
