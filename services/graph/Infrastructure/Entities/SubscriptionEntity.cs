namespace Platform.Graph.Infrastructure.Entities;

/// <summary>A fan's subscription to the creator as last captured.</summary>
public sealed class SubscriptionEntity
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public DateTime? SubscribedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public decimal? Price { get; set; }
}
