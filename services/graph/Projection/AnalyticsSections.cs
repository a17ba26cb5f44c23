namespace Platform.Graph.Projection;

/// <summary>The sections of <c>CreatorAnalytics</c>; a change to the graph marks the ones it can affect, and only those are rebuilt.</summary>
[Flags]
internal enum AnalyticsSections
{
    None = 0,
    Totals = 1,
    RevenuePerDay = 2,
    MessagesPerDay = 4,
    MessagesPerHourOfWeek = 8,
    ResponseTime = 16,
    UnansweredQueue = 32,
    TopSpenders = 64,
    ExpiringSubscriptions = 128,
    FanScores = 256,
    All = 511,

    /// <summary>What a fan's name or value feeds.</summary>
    FanFacing = Totals | UnansweredQueue | TopSpenders | ExpiringSubscriptions,

    /// <summary>What money feeds.</summary>
    Money = Totals | RevenuePerDay | TopSpenders | UnansweredQueue | ExpiringSubscriptions,
}
