namespace Platform.Graph.Infrastructure.Entities;

/// <summary>A <c>paid</c>/<c>tipped</c> edge; a capture with a new status replaces the row.</summary>
public sealed class TransactionEntity
{
    public required string UserId { get; set; }
    public required string TransactionId { get; set; }
    public string? FanId { get; set; }
    /// <summary><see cref="Platform.Contracts.Messaging.TransactionKind"/> as a number.</summary>
    public short Kind { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public required string Status { get; set; }
    public DateTime CreatedAt { get; set; }
}
