namespace Platform.Graph.Infrastructure.Entities;

/// <summary>Enrichment's latest scores of a fan.</summary>
public sealed class FanScoreEntity
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public decimal LifetimeValue { get; set; }
    public decimal SpendVelocity { get; set; }
    public double ChurnRisk { get; set; }
    public double BigSpenderLikelihood { get; set; }
    public double? Sentiment { get; set; }
    public DateTime UpdatedAt { get; set; }
}
