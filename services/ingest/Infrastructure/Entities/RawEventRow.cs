namespace Platform.Ingest.Infrastructure.Entities;

/// <summary>One captured event exactly as received, once per user and content hash: the input of a re-parse.</summary>
public sealed class RawEventRow
{
    /// <summary>Arrival order.</summary>
    public long Seq { get; set; }
    public required string UserId { get; set; }
    /// <summary>SHA-256 of the event's JSON (capture time included: a re-capture later is a new event).</summary>
    public required byte[] ContentHash { get; set; }
    public required string Kind { get; set; }
    public required string Url { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public required string ParseStatus { get; set; }
    public required string Endpoint { get; set; }
    public string? Problem { get; set; }
    public required string Payload { get; set; }
}
