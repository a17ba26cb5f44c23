namespace Platform.Graph.Infrastructure.Entities;

/// <summary>A message node; direction and time never change once stored (the site's ids are stable).</summary>
public sealed class MessageEntity
{
    public required string UserId { get; set; }
    public required string MessageId { get; set; }
    public required string ChatId { get; set; }
    public required string FromUserId { get; set; }
    /// <summary>0 = in (fan), 1 = out (creator): summing it counts replies in SQL.</summary>
    public short Direction { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public decimal Price { get; set; }
    public bool IsFree { get; set; }
    public bool? IsOpened { get; set; }
    public bool IsTip { get; set; }
    public decimal TipAmount { get; set; }
    public int MediaCount { get; set; }
    public string[] MediaKinds { get; set; } = [];
    public bool IsFromQueue { get; set; }
}
