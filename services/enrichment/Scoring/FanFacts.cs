namespace Platform.Enrichment.Scoring;

/// <summary>What is known about one fan, aggregated in one query; the input of every score.</summary>
public sealed class FanFacts
{
    public string UserId { get; init; } = "";
    public required string FanId { get; init; }
    /// <summary>Sum of gross amounts of done transactions.</summary>
    public decimal LifetimeValue { get; init; }
    public decimal Spend30Days { get; init; }
    public decimal MaxTransaction { get; init; }
    public int InboundLast14Days { get; init; }
    /// <summary>Inbound messages 15 to 42 days ago (four weeks before the recent two).</summary>
    public int InboundPrior28Days { get; init; }
    public DateTimeOffset? LastInboundAt { get; init; }
    public double? Sentiment30Days { get; init; }
    public int ChurnSignals30Days { get; init; }
    public int PurchaseInterest30Days { get; init; }
    public DateTimeOffset? SubscriptionExpiresAt { get; init; }
}
