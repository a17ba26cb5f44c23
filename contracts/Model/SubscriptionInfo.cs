namespace Platform.Contracts.Model;

/// <summary>The fan's subscription to the creator, as last captured.</summary>
public sealed record SubscriptionInfo
{
    public DateTimeOffset? SubscribedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public decimal? Price { get; init; }
    public bool? IsActive { get; init; }
}
