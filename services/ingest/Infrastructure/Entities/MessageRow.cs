namespace Platform.Ingest.Infrastructure.Entities;

public sealed class MessageRow
{
    public required string UserId { get; set; }
    public required string MessageId { get; set; }
    public required string ChatId { get; set; }
    public required string FromUserId { get; set; }
    /// <summary><c>in</c> or <c>out</c>.</summary>
    public required string Direction { get; set; }
    public required string TextHtml { get; set; }
    public required string TextPlain { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public decimal Price { get; set; }
    public bool IsFree { get; set; }
    public bool? IsOpened { get; set; }
    public bool IsTip { get; set; }
    public decimal TipAmount { get; set; }
    public int MediaCount { get; set; }
    /// <summary>Sorted distinct kinds, comma-separated (<c>photo,video</c>).</summary>
    public required string MediaKinds { get; set; }
    public bool IsFromQueue { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
}

/// <summary>A socket echo of the creator's own send whose chat is not known yet (see docs/ingest.md).</summary>
public sealed class PendingEchoRow
{
    public required string UserId { get; set; }
    public required string MessageId { get; set; }
    public required string FromUserId { get; set; }
    public string? Recipient { get; set; }
    /// <summary>The provisional NormalizedMessage as JSON.</summary>
    public required string Message { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
}
