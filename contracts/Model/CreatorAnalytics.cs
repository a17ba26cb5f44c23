namespace Platform.Contracts.Model;

/// <summary>
/// The creator's analytics. Every section is nullable: null means "no data", never zero.
/// In <c>analytics_update</c> only the sections that changed are set.
/// </summary>
public sealed record CreatorAnalytics
{
    public AnalyticsTotals? Totals { get; init; }
    public IReadOnlyList<RevenueDay>? RevenuePerDay { get; init; }
    public IReadOnlyList<MessagesDay>? MessagesPerDay { get; init; }
    /// <summary>Message counts by day of week (0 = Sunday) and hour (UTC).</summary>
    public IReadOnlyList<HourOfWeekCount>? MessagesPerHourOfWeek { get; init; }
    public ResponseTimeDistribution? ResponseTime { get; init; }
    public IReadOnlyList<UnansweredEntry>? UnansweredQueue { get; init; }
    public IReadOnlyList<FanSpend>? TopSpenders { get; init; }
    public IReadOnlyList<ExpiringSubscription>? ExpiringSubscriptions { get; init; }
    /// <summary>Per-fan scores from enrichment (lifetime value, churn risk, ...).</summary>
    public IReadOnlyList<FanScores>? FanScores { get; init; }
    public DateTimeOffset? GeneratedAt { get; init; }
}

public sealed record AnalyticsTotals
{
    public decimal Revenue { get; init; }
    public decimal Tips { get; init; }
    public decimal PaidMessages { get; init; }
    public decimal Subscriptions { get; init; }
    public decimal Other { get; init; }
    public string Currency { get; init; } = "USD";
    public int Fans { get; init; }
    public int Conversations { get; init; }
    public int Messages { get; init; }
    public int InboundMessages { get; init; }
    public int OutboundMessages { get; init; }
    public int AwaitingReply { get; init; }
    public int Unread { get; init; }
}

public sealed record RevenueDay
{
    /// <summary>UTC date, yyyy-MM-dd.</summary>
    public required string Date { get; init; }
    public decimal Tips { get; init; }
    public decimal PaidMessages { get; init; }
    public decimal Subscriptions { get; init; }
    public decimal Other { get; init; }
    public decimal Total { get; init; }
}

public sealed record MessagesDay
{
    public required string Date { get; init; }
    public int Inbound { get; init; }
    public int Outbound { get; init; }
}

public sealed record HourOfWeekCount
{
    public int DayOfWeek { get; init; }
    public int Hour { get; init; }
    public int Count { get; init; }
}

public sealed record ResponseTimeDistribution
{
    public double? P50Seconds { get; init; }
    public double? P90Seconds { get; init; }
    public double? AvgSeconds { get; init; }
    public int Samples { get; init; }
    /// <summary>Counts of replies by upper bound of waiting time in seconds (the last bucket is open-ended).</summary>
    public IReadOnlyList<HistogramBucket> Histogram { get; init; } = [];
}

public sealed record HistogramBucket
{
    public double? UpToSeconds { get; init; }
    public int Count { get; init; }
}

public sealed record UnansweredEntry
{
    public required string ChatId { get; init; }
    public string? FanName { get; init; }
    public DateTimeOffset AwaitingSince { get; init; }
    public double WaitingSeconds { get; init; }
    public decimal FanValue { get; init; }
    public int Priority { get; init; }
}

public sealed record FanSpend
{
    public required string FanId { get; init; }
    public string? Name { get; init; }
    public string? Username { get; init; }
    public required Spend Spend { get; init; }
}

public sealed record ExpiringSubscription
{
    public required string FanId { get; init; }
    public string? Name { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public decimal FanValue { get; init; }
}

/// <summary>Enrichment's scores for one fan (docs/enrichment.md gives each formula).</summary>
public sealed record FanScores
{
    public required string FanId { get; init; }
    public decimal LifetimeValue { get; init; }
    /// <summary>Spend per day over the last 30 days.</summary>
    public decimal SpendVelocity { get; init; }
    /// <summary>0..1.</summary>
    public double ChurnRisk { get; init; }
    /// <summary>0..1.</summary>
    public double BigSpenderLikelihood { get; init; }
    public double? Sentiment { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
