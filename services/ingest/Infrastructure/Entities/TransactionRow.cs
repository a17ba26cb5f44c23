namespace Platform.Ingest.Infrastructure.Entities;

public sealed class TransactionRow
{
    public required string UserId { get; set; }
    public required string TransactionId { get; set; }
    public string? FanId { get; set; }
    public required string Kind { get; set; }
    public decimal Amount { get; set; }
    public decimal Fee { get; set; }
    public decimal Net { get; set; }
    public required string Currency { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
}
