namespace Platform.Contracts.Model;

/// <summary>Gross amounts of the fan's transactions with status <c>done</c>, by kind.</summary>
public sealed record Spend
{
    public decimal Total { get; init; }
    public decimal Tips { get; init; }
    public decimal PaidMessages { get; init; }
    public decimal Subscriptions { get; init; }
    public decimal Other { get; init; }
    public string Currency { get; init; } = "USD";
}
